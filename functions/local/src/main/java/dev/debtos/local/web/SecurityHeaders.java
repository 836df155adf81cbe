package dev.debtos.local.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.debtos.platform.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The dashboard's response headers, from {@code web/security-headers.json} (on the classpath as
 * {@code debt-os-web/security-headers.json}): the same file the CDK web stack turns into CloudFront's
 * response-headers policy, so the local runtime and production send one policy.
 */
public record SecurityHeaders(Map<String, String> headers) {
    static final String RESOURCE = "debt-os-web/security-headers.json";
    private static final Map<String, String> FIELDS = Map.of(
            "contentSecurityPolicy", "Content-Security-Policy",
            "referrerPolicy", "Referrer-Policy",
            "frameOptions", "X-Frame-Options",
            "contentTypeOptions", "X-Content-Type-Options",
            "permissionsPolicy", "Permissions-Policy",
            "crossOriginOpenerPolicy", "Cross-Origin-Opener-Policy");

    public SecurityHeaders {
        headers = Map.copyOf(headers);
    }

    /** From the classpath; a strict fallback (nothing but the dashboard's own files) when the file is absent. */
    static SecurityHeaders fromClasspath(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new SecurityHeaders(Map.of("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'",
                        "X-Content-Type-Options", "nosniff", "X-Frame-Options", "DENY", "Referrer-Policy", "no-referrer"));
            }
            return parse(Json.mapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static SecurityHeaders parse(JsonNode json) {
        Map<String, String> headers = new LinkedHashMap<>();
        FIELDS.forEach((field, header) -> {
            JsonNode value = json.get(field);
            if (value == null || !value.isTextual() || value.asText().isBlank()) {
                throw new IllegalArgumentException(RESOURCE + " has no text field \"" + field + "\"");
            }
            headers.put(header, value.asText());
        });
        return new SecurityHeaders(headers);
    }
}
