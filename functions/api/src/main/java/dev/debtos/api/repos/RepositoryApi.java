package dev.debtos.api.repos;

import dev.debtos.api.ApiServices;
import dev.debtos.api.route.Access;
import dev.debtos.api.route.Route;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.auth.OAuthTokens;
import dev.debtos.platform.config.Secret;
import dev.debtos.platform.crypto.SecretBox;
import dev.debtos.platform.repos.ConnectedRepositoryStore;
import dev.debtos.platform.repos.ProviderMetadataClient;
import dev.debtos.platform.repos.ProviderTokens;
import dev.debtos.platform.repos.RepositoryAddressRules;
import dev.debtos.platform.repos.RepositorySync;
import dev.debtos.platform.scan.ScanListing;
import java.util.List;
import java.util.Map;

/**
 * Repositories: connect, list, read, settings, delete, sync: this area's routes and their handlers. Every route
 * reaches a repository through its owner; another user's repository answers 404 like a missing one.
 */
public final class RepositoryApi {

    private RepositoryApi() {
    }

    public static List<Route> routes() {
        return List.of(
                new Route("POST", "/api/repos", "postRepository", Access.WRITE,
                        "Connect a GitHub or GitLab repository (or, on the local profile, a directory)",
                        List.of(201, 400, 401, 403, 409, 413, 429, 503)),
                new Route("GET", "/api/repos", "getRepositories", Access.READ,
                        "The caller's repositories, newest first (limit, offset; total)", List.of(200, 400, 401, 403, 429, 503)),
                new Route("GET", "/api/repos/{id}", "getRepository", Access.READ,
                        "One repository with its settings and newest scan", List.of(200, 400, 401, 403, 404, 429, 503)),
                new Route("PATCH", "/api/repos/{id}/settings", "patchRepositorySettings", Access.WRITE,
                        "Change repository settings (merge; null resets a key to its default)",
                        List.of(200, 400, 401, 403, 404, 413, 429, 503)),
                new Route("DELETE", "/api/repos/{id}", "deleteRepository", Access.ADMIN,
                        "Delete a repository with its scans and ledger", List.of(204, 400, 401, 403, 404, 429, 503)),
                new Route("POST", "/api/repos/{id}/sync", "postRepositorySync", Access.WRITE,
                        "Refresh the default branch from the provider (or the local git HEAD)",
                        List.of(200, 400, 401, 403, 404, 413, 429, 502, 503)));
    }

    /** One handler per route of {@link #routes()}, by function name. */
    public static Map<String, CallerHandler> handlers(ApiServices services) {
        var database = services.dependencies().database();
        var repositories = new ConnectedRepositoryStore(database);
        var scans = new ScanListing(database);
        var config = services.config();
        // the owner's OAuth token from their sign-in, when a data key can decrypt it; anonymous otherwise
        ProviderTokens tokens = config.dataEncryptionKey().<ProviderTokens>map(key -> {
            var stored = new OAuthTokens(database, new SecretBox(key));
            return (user, provider) -> stored.accessToken(user, provider).map(Secret::of);
        }).orElse(ProviderTokens.NONE);
        var sync = new RepositorySync(repositories, new ProviderMetadataClient(config.gitProviders()), tokens);
        return Map.of(
                "postRepository", new PostRepositoryHandler(repositories, new RepositoryAddressRules(config.gitProviders()),
                        config.profile(), services.audit()),
                "getRepositories", new GetRepositoriesHandler(repositories),
                "getRepository", new GetRepositoryHandler(repositories, scans),
                "patchRepositorySettings", new PatchRepositorySettingsHandler(repositories, scans, services.audit()),
                "deleteRepository", new DeleteRepositoryHandler(repositories, services.audit()),
                "postRepositorySync", new PostRepositorySyncHandler(sync, scans));
    }
}
