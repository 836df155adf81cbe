package dev.debtos.api.apikeys;

import dev.debtos.platform.auth.ApiKey;
import dev.debtos.platform.auth.Scope;
import dev.debtos.api.contract.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An API key as the API shows it: never its secret or hash. */
final class ApiKeyJson {
    static final Schema SCOPE = Schema.oneOf(List.of("read", "write", "admin"));
    static final Schema SCHEMA = Schema.object()
            .required("id", Schema.uuid())
            .required("name", Schema.string())
            .required("prefix", Schema.string().describe("The key's first characters, to recognise it"))
            .required("scopes", Schema.arrayOf(SCOPE).describe("Sorted"))
            .required("createdAt", Schema.dateTime())
            .required("expiresAt", Schema.dateTime().nullable())
            .required("revokedAt", Schema.dateTime().nullable())
            .required("lastUsedAt", Schema.dateTime().nullable())
            .named("ApiKey");
    /** The key as created: the same fields and, this once, its secret. */
    static final Schema CREATED = SCHEMA.required("key", Schema.string()
            .describe("The secret: send it as `X-API-Key`. Shown only in this answer.")).named("ApiKeyWithSecret");
    private ApiKeyJson() {
    }

    static Map<String, Object> of(ApiKey key) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", key.id().toString());
        json.put("name", key.name());
        json.put("prefix", key.prefix());
        json.put("scopes", key.scopes().stream().map(Scope::wireName).sorted().toList());
        json.put("createdAt", key.createdAt().toString());
        json.put("expiresAt", key.expiresAt().map(Object::toString).orElse(null));
        json.put("revokedAt", key.revokedAt().map(Object::toString).orElse(null));
        json.put("lastUsedAt", key.lastUsedAt().map(Object::toString).orElse(null));
        return json;
    }
}
