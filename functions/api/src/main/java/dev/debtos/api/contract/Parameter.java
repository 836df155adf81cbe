package dev.debtos.api.contract;

import java.util.Objects;

/**
 * A query parameter of an operation, as the handler reads it. An array parameter may be repeated
 * ({@code ?severity=high&severity=low}) or given comma-separated.
 */
public record Parameter(String name, Schema schema, String description) {
    public Parameter {
        Objects.requireNonNull(schema, "schema");
        if (name == null || name.isBlank() || description == null || description.isBlank()) {
            throw new IllegalArgumentException("a parameter has a name and a description");
        }
    }

    public static Parameter query(String name, Schema schema, String description) {
        return new Parameter(name, schema, description);
    }
}
