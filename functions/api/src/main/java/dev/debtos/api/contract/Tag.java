package dev.debtos.api.contract;

/** An area of the API as the OpenAPI document groups it: its name and what it is for. */
public record Tag(String name, String description) {
    public Tag {
        if (name == null || name.isBlank() || description == null || description.isBlank()) {
            throw new IllegalArgumentException("a tag has a name and a description");
        }
    }
}
