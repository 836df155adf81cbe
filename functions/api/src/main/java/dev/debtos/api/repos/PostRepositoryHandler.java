package dev.debtos.api.repos;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.debtos.api.auth.AuditEntries;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.InvalidInputException;
import dev.debtos.api.http.JsonBody;
import dev.debtos.api.http.JsonFields;
import dev.debtos.api.http.ProblemType;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.audit.AuditLog;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.config.Profile;
import dev.debtos.platform.repos.ConnectedRepositoryStore;
import dev.debtos.platform.repos.RepositoryAddress;
import dev.debtos.platform.repos.RepositoryAddressRules;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /api/repos} {provider, fullName?, cloneUrl?} or, on the local profile only, {provider: local, path}:
 * 201 with the repository and its Location; 409 when the caller already connected it. Audited as
 * {@code repository.connect}.
 */
public final class PostRepositoryHandler implements CallerHandler {
    private static final Set<String> FIELDS = Set.of("provider", "fullName", "cloneUrl", "path");

    private final ConnectedRepositoryStore repositories;
    private final RepositoryAddressRules rules;
    private final Profile profile;
    private final AuditLog audit;

    private final boolean fileUrls;

    public PostRepositoryHandler(ConnectedRepositoryStore repositories, RepositoryAddressRules rules, Profile profile, AuditLog audit) {
        this(repositories, rules, profile, audit, false);
    }

    /** {@code allowFileUrls}: CLONE_ALLOW_FILE_URLS; file:// clone URLs are accepted on the local profile only. */
    public PostRepositoryHandler(ConnectedRepositoryStore repositories, RepositoryAddressRules rules, Profile profile, AuditLog audit,
                                 boolean allowFileUrls) {
        this.fileUrls = allowFileUrls && profile == Profile.LOCAL;
        this.repositories = repositories;
        this.rules = rules;
        this.profile = profile;
        this.audit = audit;
    }

    @Override
    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Caller caller) throws SQLException {
        RepositoryAddress address = address(JsonBody.object(request));
        var connected = repositories.connect(caller.userId(), address);
        Map<String, Object> details = Map.of("provider", address.provider(), "fullName", address.fullName());
        audit.record(AuditEntries.of(request, Optional.of(caller.userId()), caller.apiKeyId(), "repository.connect",
                "repository", connected.map(r -> r.id().toString()).orElse(null), connected.isPresent(), details));
        if (connected.isEmpty()) {
            return ApiResponses.problem(ProblemType.CONFLICT, "this repository is already connected", request);
        }
        var response = ApiResponses.json(201, RepositoryJson.withLastScan(connected.get(), Optional.empty()));
        response.getHeaders().put("Location", "/api/repos/" + connected.get().id());
        return response;
    }

    private RepositoryAddress address(ObjectNode body) {
        JsonFields.allowOnly(body, FIELDS);
        String provider = JsonBody.string(body, "provider", 16);
        boolean local = RepositoryAddress.LOCAL.equals(provider) && profile == Profile.LOCAL;
        if (!local && !RepositoryAddress.GITHUB.equals(provider) && !RepositoryAddress.GITLAB.equals(provider)) {
            throw new InvalidInputException("provider", profile == Profile.LOCAL ? "must be github, gitlab or local"
                    : "must be github or gitlab");
        }
        if (local) {
            for (String derived : new String[] {"fullName", "cloneUrl"}) {
                if (body.has(derived)) {
                    throw new InvalidInputException(derived, "is derived from path for local repositories");
                }
            }
            return rules.local(JsonBody.string(body, "path", 4096));
        }
        if (body.has("path")) {
            throw new InvalidInputException("path", "is only for local repositories");
        }
        String fullName = JsonFields.optionalString(body, "fullName", 512).orElse(null);
        String cloneUrl = JsonFields.optionalString(body, "cloneUrl", 2048).orElse(null);
        if (fileUrls && cloneUrl != null && cloneUrl.regionMatches(true, 0, "file:", 0, 5)) {
            return rules.fileClone(provider, fullName, cloneUrl);
        }
        return rules.remote(provider, fullName, cloneUrl);
    }
}
