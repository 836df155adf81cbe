package dev.debtos.api.audit;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.debtos.api.contract.Parameter;
import dev.debtos.api.contract.Schema;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.InvalidInputException;
import dev.debtos.api.http.RequestParameters;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.audit.AuditQueries;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.json.Json;
import java.io.IOException;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@code GET /api/audit} (admin scope): the audit entries visible to the caller ({@link AuditQueries}), newest first;
 * filters {@code action} (exact, e.g. {@code api_key.create}) and {@code actor} (a user id); {@code limit} 1..200
 * (50), {@code offset}; with {@code total}.
 */
public final class GetAuditLogHandler implements CallerHandler {
    private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9_.]{0,63}");
    private static final ObjectMapper JSON = Json.mapper();
    static final List<Parameter> QUERY = List.of(
            Parameter.query("action", Schema.string(1, 64).pattern("^[a-z][a-z0-9_.]{0,63}$"),
                    "Only this action, such as `api_key.create`"),
            Parameter.query("actor", Schema.uuid(), "Only entries of this user"),
            Parameter.query("limit", Schema.integer(1, 200).withDefault(50), "Page size"),
            Parameter.query("offset", Schema.integer(0, 1_000_000).withDefault(0), "Entries to skip, newest first"));
    static final Schema ENTRY = Schema.object()
            .required("id", Schema.uuid())
            .required("action", Schema.string().describe("Such as `repository.connect`, `auth.login`, `webhook.receive`"))
            .required("success", Schema.bool())
            .required("actorId", Schema.uuid().nullable())
            .required("apiKeyId", Schema.uuid().nullable())
            .required("targetType", Schema.string().nullable())
            .required("targetId", Schema.string().nullable())
            .required("ip", Schema.string().nullable())
            .required("userAgent", Schema.string().nullable())
            .required("details", Schema.openObject())
            .required("createdAt", Schema.dateTime())
            .named("AuditEntry");
    private final AuditQueries audit;

    public GetAuditLogHandler(AuditQueries audit) {
        this.audit = audit;
    }

    @Override
    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Caller caller) throws SQLException {
        Optional<String> action = RequestParameters.one(request, "action");
        if (action.isPresent() && !ACTION.matcher(action.get()).matches()) {
            throw new InvalidInputException("action", "must be an action name such as api_key.create");
        }
        Optional<UUID> actor = RequestParameters.one(request, "actor")
                .map(text -> RequestParameters.id("actor", text, "must be a user id (UUID)"));
        int limit = RequestParameters.integer(request, "limit", 1, 200, 50);
        int offset = RequestParameters.integer(request, "offset", 0, 1_000_000, 0);
        AuditQueries.Page page = audit.visibleTo(caller.userId(), action, actor, limit, offset);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("items", page.items().stream().map(GetAuditLogHandler::entry).toList());
        json.put("total", page.total());
        json.put("limit", limit);
        json.put("offset", offset);
        return ApiResponses.json(200, json);
    }

    private static Map<String, Object> entry(AuditQueries.Record record) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", record.id().toString());
        json.put("action", record.action());
        json.put("success", record.success());
        json.put("actorId", record.actorId() == null ? null : record.actorId().toString());
        json.put("apiKeyId", record.apiKeyId() == null ? null : record.apiKeyId().toString());
        json.put("targetType", record.targetType());
        json.put("targetId", record.targetId());
        json.put("ip", record.ip());
        json.put("userAgent", record.userAgent());
        try {
            json.put("details", JSON.readTree(record.detailsJson()));
        } catch (IOException e) {
            json.put("details", Map.of()); // jsonb always parses
        }
        json.put("createdAt", record.createdAt().toString());
        return json;
    }
}
