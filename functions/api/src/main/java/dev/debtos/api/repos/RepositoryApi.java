package dev.debtos.api.repos;

import dev.debtos.api.ApiServices;
import dev.debtos.api.contract.Operation;
import dev.debtos.api.contract.Schema;
import dev.debtos.api.contract.Tag;
import dev.debtos.api.http.PageRequest;
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

    static final Tag TAG = new Tag("Repositories", "Connect, list, read, configure, sync and delete repositories");
    private static final Schema CONNECT = Schema.object()
            .required("provider", Schema.oneOf(List.of("github", "gitlab", "local"))
                    .describe("local only on the local profile"))
            .optional("fullName", Schema.string(1, 512).describe("owner/name on the provider; derived from cloneUrl when absent"))
            .optional("cloneUrl", Schema.string(1, 2048).describe("On a GITHUB_/GITLAB_BASE_URL host; derived from fullName when absent"))
            .optional("path", Schema.string(1, 4096).describe("provider local only: the directory to scan"))
            .closed()
            .named("RepositoryConnect");

    public static List<Route> routes() {
        return List.of(
                new Route("POST", "/api/repos", "postRepository", Access.WRITE,
                        Operation.of(TAG, "Connect a GitHub or GitLab repository (or, on the local profile, a directory)")
                                .describe("A GitHub or GitLab repository by `fullName` or `cloneUrl` (at least one), or on "
                                        + "the local profile a directory by `path`. 409 when the caller already connected it.")
                                .body(CONNECT)
                                .created(RepositoryJson.DETAIL).problems(400, 401, 403, 409, 413, 429, 503)),
                new Route("GET", "/api/repos", "getRepositories", Access.READ,
                        Operation.of(TAG, "The caller's repositories, newest first (limit, offset; total)")
                                .describe("One page of the caller's repositories with their effective settings.")
                                .query(PageRequest.QUERY)
                                .ok(PageRequest.pageOf(RepositoryJson.SCHEMA).named("RepositoryPage")).problems(400, 401, 403, 429, 503)),
                new Route("GET", "/api/repos/{id}", "getRepository", Access.READ,
                        Operation.of(TAG, "One repository with its settings and newest scan")
                                .describe("Another user's repository answers 404 like a missing one.")
                                .ok(RepositoryJson.DETAIL).problems(400, 401, 403, 404, 429, 503)),
                new Route("PATCH", "/api/repos/{id}/settings", "patchRepositorySettings", Access.WRITE,
                        Operation.of(TAG, "Change repository settings (merge; null resets a key to its default)")
                                .describe("Merges the given keys into the stored settings; `thresholds` is replaced as a whole. "
                                        + "Unknown keys are a 400 naming them. Answers the repository with its effective settings.")
                                .body(RepositoryJson.SETTINGS_PATCH)
                                .ok(RepositoryJson.DETAIL).problems(400, 401, 403, 404, 413, 429, 503)),
                new Route("DELETE", "/api/repos/{id}", "deleteRepository", Access.ADMIN,
                        Operation.of(TAG, "Delete a repository with its scans and ledger")
                                .describe("Deletes the repository with its scans, snapshots, ledger and embeddings, for good "
                                        + "(hence the admin scope).")
                                .noContent().problems(400, 401, 403, 404, 429, 503)),
                new Route("POST", "/api/repos/{id}/sync", "postRepositorySync", Access.WRITE,
                        Operation.of(TAG, "Refresh the default branch from the provider (or the local git HEAD)")
                                .describe("Reads the default branch from GitHub's or GitLab's REST API with the owner's "
                                        + "sign-in token; 502 when the provider fails (its answer is never passed on). Reads no body.")
                                .ok(RepositoryJson.DETAIL).problems(400, 401, 403, 404, 413, 429, 502, 503)));
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
                "postRepository", new PostRepositoryHandler(repositories, new RepositoryAddressRules(config.gitProviders(), config.localRepositoryRoots()),
                        config.profile(), services.audit(), config.cloning().allowFileUrls()),
                "getRepositories", new GetRepositoriesHandler(repositories),
                "getRepository", new GetRepositoryHandler(repositories, scans),
                "patchRepositorySettings", new PatchRepositorySettingsHandler(repositories, scans, services.audit()),
                "deleteRepository", new DeleteRepositoryHandler(repositories, services.audit()),
                "postRepositorySync", new PostRepositorySyncHandler(sync, scans));
    }
}
