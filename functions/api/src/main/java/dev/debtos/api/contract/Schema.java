package dev.debtos.api.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON Schema (2020-12, as OpenAPI 3.1 uses it) for one shape the API reads or writes, built next to the code that
 * writes that shape. Immutable: every method returns a new schema. A {@link #named} schema becomes a component of
 * the OpenAPI document and is referenced where it is used.
 *
 * <p>A changed schema is a new, unnamed one: {@code REPOSITORY.required("lastScan", ...).named("RepositoryDetail")}.
 * Objects list their properties with {@link #required} (always present in the JSON, possibly null) and
 * {@link #optional}; {@link #closed} says the API refuses any other key (request bodies it checks strictly).
 */
public final class Schema {
    private final String name;
    private final Map<String, Object> keywords;

    private Schema(String name, Map<String, Object> keywords) {
        this.name = name;
        this.keywords = keywords;
    }

    private static Schema of(Object... pairs) {
        Map<String, Object> keywords = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            keywords.put((String) pairs[i], pairs[i + 1]);
        }
        return new Schema(null, keywords);
    }

    public static Schema string() {
        return of("type", "string");
    }

    public static Schema string(int minLength, int maxLength) {
        return of("type", "string", "minLength", minLength, "maxLength", maxLength);
    }

    public static Schema uuid() {
        return of("type", "string", "format", "uuid");
    }

    /** An ISO-8601 instant such as {@code 2026-11-24T10:30:00Z}. */
    public static Schema dateTime() {
        return of("type", "string", "format", "date-time");
    }

    /** An ISO-8601 calendar date such as {@code 2026-11-24}. */
    public static Schema date() {
        return of("type", "string", "format", "date");
    }

    public static Schema integer() {
        return of("type", "integer");
    }

    public static Schema integer(long minimum, long maximum) {
        return of("type", "integer", "minimum", minimum, "maximum", maximum);
    }

    public static Schema number() {
        return of("type", "number");
    }

    public static Schema number(double minimum, double maximum) {
        return of("type", "number", "minimum", minimum, "maximum", maximum);
    }

    public static Schema bool() {
        return of("type", "boolean");
    }

    /** A string that is one of {@code values}. */
    public static Schema oneOf(List<String> values) {
        return of("type", "string", "enum", List.copyOf(values));
    }

    public static Schema constant(String value) {
        return of("type", "string", "const", value);
    }

    public static Schema arrayOf(Schema items) {
        return of("type", "array", "items", items);
    }

    public static Schema arrayOf(Schema items, int minItems, int maxItems) {
        return of("type", "array", "items", items, "minItems", minItems, "maxItems", maxItems);
    }

    /** An object whose keys are free and whose values all follow {@code values}. */
    public static Schema mapOf(Schema values) {
        return of("type", "object", "additionalProperties", values);
    }

    /** An object whose keys the API does not fix (stored documents, provider payloads). */
    public static Schema openObject() {
        return object().with("additionalProperties", true);
    }

    /** An object with no properties yet; add them with {@link #required} and {@link #optional}. */
    public static Schema object() {
        return of("type", "object", "properties", new LinkedHashMap<String, Schema>(), "required", List.of());
    }

    /** This object with a property that is always present (its schema may allow null). */
    public Schema required(String property, Schema schema) {
        Schema added = optional(property, schema);
        List<Object> required = new ArrayList<>(list("required"));
        required.add(property);
        added.keywords.put("required", List.copyOf(required));
        return added;
    }

    /** This object with a property that may be absent. */
    public Schema optional(String property, Schema schema) {
        if (!keywords.containsKey("properties")) {
            throw new IllegalStateException("properties belong to object() schemas");
        }
        @SuppressWarnings("unchecked")
        Map<String, Schema> properties = new LinkedHashMap<>((Map<String, Schema>) keywords.get("properties"));
        if (properties.put(property, Objects.requireNonNull(schema)) != null) {
            throw new IllegalArgumentException("property declared twice: " + property);
        }
        return with("properties", properties);
    }

    /** This object refusing every key it does not list (as the API does for this body). */
    public Schema closed() {
        return with("additionalProperties", false);
    }

    /** This schema or JSON null. */
    public Schema nullable() {
        if (keywords.get("type") instanceof List<?>) {
            return this; // already nullable
        }
        if (name != null) {
            return of("anyOf", List.of(this, of("type", "null")));
        }
        Schema copy = with("type", List.of(keywords.get("type"), "null"));
        if (keywords.containsKey("enum")) {
            List<Object> values = new ArrayList<>(list("enum"));
            values.add(null);
            copy.keywords.put("enum", values);
        }
        return copy;
    }

    public Schema describe(String description) {
        return with("description", description);
    }

    public Schema withDefault(Object value) {
        return with("default", value);
    }

    public Schema pattern(String regex) {
        return with("pattern", regex);
    }

    /** This schema as the component {@code componentName}, referenced wherever it is used. */
    public Schema named(String componentName) {
        return new Schema(componentName, keywords);
    }

    public boolean isArray() {
        return "array".equals(keywords.get("type"));
    }

    /** Null unless this schema is a component. */
    public String name() {
        return name;
    }

    /**
     * The schema as JSON: a reference for a named schema (whose body is put in {@code components}), the keywords
     * otherwise. Two different schemas under one component name are an error.
     */
    public Map<String, Object> render(Map<String, Object> components) {
        if (name == null) {
            return body(components);
        }
        if (!components.containsKey(name)) {
            components.put(name, body(components));
        } else if (!components.get(name).equals(body(new LinkedHashMap<>(components)))) {
            throw new IllegalStateException("two different schemas are named " + name);
        }
        return Map.of("$ref", "#/components/schemas/" + name);
    }

    private Map<String, Object> body(Map<String, Object> components) {
        Map<String, Object> json = new LinkedHashMap<>();
        keywords.forEach((keyword, value) -> {
            if (value instanceof Map<?, ?> map && map.isEmpty() || value instanceof List<?> list && list.isEmpty()) {
                return; // no properties, nothing required
            }
            json.put(keyword, renderValue(value, components));
        });
        return json;
    }

    private static Object renderValue(Object value, Map<String, Object> components) {
        if (value instanceof Schema schema) {
            return schema.render(components);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> rendered = new LinkedHashMap<>();
            map.forEach((key, item) -> rendered.put((String) key, renderValue(item, components)));
            return rendered;
        }
        if (value instanceof List<?> list) {
            List<Object> rendered = new ArrayList<>();
            list.forEach(item -> rendered.add(renderValue(item, components)));
            return rendered;
        }
        return value;
    }

    private Schema with(String keyword, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(keywords);
        copy.put(keyword, value);
        return new Schema(null, copy); // a changed schema is a new shape: name it anew if it is a component
    }

    @SuppressWarnings("unchecked")
    private List<Object> list(String keyword) {
        return (List<Object>) keywords.getOrDefault(keyword, List.of());
    }
}
