package dev.debtos.api.apikeys;

import dev.debtos.platform.auth.ApiKey;
import dev.debtos.platform.auth.Scope;
import java.util.LinkedHashMap;
import java.util.Map;

/** An API key as the API shows it: never its secret or hash. */
final class ApiKeyJson {
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
