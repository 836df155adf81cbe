package dev.debtos.api.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaTest {
    private static final Schema KEY = Schema.object()
            .required("id", Schema.uuid())
            .required("expiresAt", Schema.dateTime().nullable())
            .optional("note", Schema.string(1, 10))
            .named("Key");

    @Test
    void aNamedSchemaBecomesAComponentReferencedWhereItIsUsed() {
        Map<String, Object> components = new LinkedHashMap<>();
        Map<String, Object> list = Schema.object().required("items", Schema.arrayOf(KEY)).render(components);

        assertThat(list).isEqualTo(Map.of("type", "object", "required", List.of("items"),
                "properties", Map.of("items", Map.of("type", "array", "items", Map.of("$ref", "#/components/schemas/Key")))));
        assertThat(components).containsOnlyKeys("Key");
        assertThat(components.get("Key")).isEqualTo(Map.of("type", "object", "required", List.of("id", "expiresAt"),
                "properties", Map.of(
                        "id", Map.of("type", "string", "format", "uuid"),
                        "expiresAt", Map.of("type", List.of("string", "null"), "format", "date-time"),
                        "note", Map.of("type", "string", "minLength", 1, "maxLength", 10))));
    }

    @Test
    void extendingANamedSchemaMakesANewShapeThatMustBeNamedAnew() {
        Map<String, Object> components = new LinkedHashMap<>();
        KEY.required("secret", Schema.string()).named("KeyWithSecret").render(components);
        KEY.render(components);

        assertThat(components).containsOnlyKeys("KeyWithSecret", "Key");
        assertThatThrownBy(() -> Schema.object().required("id", Schema.integer()).named("Key").render(components))
                .hasMessageContaining("two different schemas are named Key");
    }

    @Test
    void nullableClosedAndEnumsRenderAsJsonSchema() {
        Map<String, Object> components = new LinkedHashMap<>();
        assertThat(Schema.oneOf(List.of("a", "b")).nullable().render(components))
                .isEqualTo(Map.of("type", List.of("string", "null"), "enum", java.util.Arrays.asList("a", "b", null)));
        assertThat(KEY.nullable().render(components))
                .isEqualTo(Map.of("anyOf", List.of(Map.of("$ref", "#/components/schemas/Key"), Map.of("type", "null"))));
        assertThat(Schema.string().nullable().nullable().render(components)).isEqualTo(Map.of("type", List.of("string", "null")));
        assertThat(Schema.object().optional("a", Schema.bool()).closed().render(components))
                .containsEntry("additionalProperties", false).doesNotContainKey("required");
        assertThat(Schema.openObject().render(components)).isEqualTo(Map.of("type", "object", "additionalProperties", true));
        assertThatThrownBy(() -> Schema.object().required("a", Schema.bool()).required("a", Schema.bool()))
                .hasMessageContaining("declared twice");
        assertThatThrownBy(() -> Schema.string().required("a", Schema.bool())).hasMessageContaining("object()");
    }
}
