package dev.debtos.api.contract;

import java.util.List;
import java.util.Objects;

/**
 * One success answer of an operation: its description, its media type and body schema (none for 204 and
 * redirects), and the headers it always carries beside {@code X-Request-Id} (which every answer carries).
 *
 * @param headers names of headers the document describes once ({@code Location}, {@code X-Cache}, {@code Set-Cookie})
 */
public record Response(String description, String mediaType, Schema schema, List<String> headers) {
    public static final String JSON = "application/json";

    public Response {
        Objects.requireNonNull(description, "description");
        if ((mediaType == null) != (schema == null)) {
            throw new IllegalArgumentException("a body has both a media type and a schema");
        }
        headers = List.copyOf(headers);
    }

    public static Response json(String description, Schema schema) {
        return new Response(description, JSON, schema, List.of());
    }

    public static Response empty(String description) {
        return new Response(description, null, null, List.of());
    }

    public Response withHeader(String header) {
        var all = new java.util.ArrayList<>(headers);
        all.add(header);
        return new Response(description, mediaType, schema, all);
    }

    public boolean hasBody() {
        return schema != null;
    }
}
