package dev.debtos.api.apikeys;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.debtos.api.auth.AuditEntries;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.InvalidInputException;
import dev.debtos.api.http.JsonBody;
import dev.debtos.api.http.JsonFields;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.audit.AuditLog;
import dev.debtos.platform.auth.ApiKeyService;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.auth.Scope;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /api/api-keys} {name, scopes, expiresAt?}: 201 with the key, whose secret this response is the only
 * place to see. A caller cannot grant a scope it does not hold; expiresAt is in the future and within two years.
 */
public final class PostApiKeyHandler implements CallerHandler {
    private static final java.util.Set<String> FIELDS = java.util.Set.of("name", "scopes", "expiresAt");
    static final Duration MAX_LIFETIME = Duration.ofDays(730);

    private final ApiKeyService keys;
    private final AuditLog audit;
    private final Clock clock;

    public PostApiKeyHandler(ApiKeyService keys, AuditLog audit, Clock clock) {
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Caller caller) throws SQLException {
        ObjectNode body = JsonBody.object(request);
        JsonFields.allowOnly(body, FIELDS);
        String name = JsonBody.string(body, "name", 100);
        Set<Scope> scopes = scopes(body.get("scopes"), caller);
        Optional<Instant> expiresAt = expiresAt(body.get("expiresAt"));
        var created = keys.create(caller.userId(), name, scopes, expiresAt);
        audit.record(AuditEntries.of(request, caller, "api_key.create", "api_key", created.key().id().toString(),
                Map.of("name", name, "scopes", scopes.stream().map(Scope::wireName).sorted().toList())));
        Map<String, Object> json = new java.util.LinkedHashMap<>(ApiKeyJson.of(created.key()));
        json.put("key", created.plaintext());
        var response = ApiResponses.json(201, json);
        response.getHeaders().put("Location", "/api/api-keys/" + created.key().id());
        return response;
    }

    private static Set<Scope> scopes(JsonNode node, Caller caller) {
        if (node == null || !node.isArray() || node.isEmpty() || node.size() > 3) {
            throw new InvalidInputException("scopes", "must be a non-empty array of read, write, admin");
        }
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (JsonNode item : node) {
            Scope scope = item.isTextual() ? Scope.fromWire(item.asText()).orElse(null) : null;
            if (scope == null) {
                throw new InvalidInputException("scopes", "must be a non-empty array of read, write, admin");
            }
            if (!caller.holds(scope)) {
                throw new InvalidInputException("scopes", "cannot include " + scope.wireName() + ", which the caller does not hold");
            }
            scopes.add(scope);
        }
        return scopes;
    }

    private Optional<Instant> expiresAt(JsonNode node) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw new InvalidInputException("expiresAt", "must be an ISO-8601 instant such as 2027-01-01T00:00:00Z");
        }
        Instant instant;
        try {
            instant = Instant.parse(node.asText());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("expiresAt", "must be an ISO-8601 instant such as 2027-01-01T00:00:00Z");
        }
        Instant now = clock.instant();
        if (!instant.isAfter(now.plusSeconds(60)) || instant.isAfter(now.plus(MAX_LIFETIME))) {
            throw new InvalidInputException("expiresAt", "must be in the future and at most two years away");
        }
        return Optional.of(instant);
    }
}
