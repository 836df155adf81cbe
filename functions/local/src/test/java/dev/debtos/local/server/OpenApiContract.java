package dev.debtos.local.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.debtos.api.route.RouteMatch;
import dev.debtos.api.route.RouteTable;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The served OpenAPI document as a checker of real answers: {@link #check} finds the operation of a request, asserts
 * the answer's status is one the operation declares, that its required headers are present, that its content type is
 * the declared one (no body where none is declared) and that its body validates against the declared schema, and
 * that a request body a route accepted validates against the declared request schema.
 *
 * <p>Answers are validated strictly: every object schema that does not say otherwise is closed
 * ({@code additionalProperties: false}) for the check, so a field the API sends but the document does not name fails
 * as surely as a named field the API leaves out. Formats (uuid, date-time, date, uri) are asserted.
 */
final class OpenApiContract {
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final RouteTable ROUTES = RouteTable.standard();

    private final JsonNode document;
    private final JsonNode closedComponents;
    /** Function name → statuses seen, for the coverage of the run. */
    private final Map<String, Set<Integer>> seen = new TreeMap<>();

    OpenApiContract(JsonNode document) {
        this.document = document;
        this.closedComponents = close(document.get("components").deepCopy());
    }

    JsonNode document() {
        return document;
    }

    /** Checks one exchange (see the class comment); {@code requestBody} may be null. Returns the answer. */
    HttpResponse<String> check(String method, String target, String requestBody, HttpResponse<String> response) throws Exception {
        String path = URI.create(target).getRawPath();
        var match = ROUTES.match(method, path);
        assertThat(match).as(method + " " + path + " is a route").isInstanceOf(RouteMatch.Found.class);
        var route = ((RouteMatch.Found) match).route();
        String where = method + " " + route.path() + " → " + response.statusCode();
        JsonNode operation = document.at("/paths").get(route.path()).get(method.toLowerCase(Locale.ROOT));
        JsonNode declared = operation.at("/responses/" + response.statusCode());
        assertThat(declared.isMissingNode()).as(where + ": the status is documented; body " + response.body()).isFalse();
        declared = resolve(declared);
        declared.path("headers").properties().forEach(header -> {
            if (resolve(header.getValue()).path("required").asBoolean(false)) {
                assertThat(response.headers().firstValue(header.getKey())).as(where + ": header " + header.getKey()).isPresent();
            }
        });
        JsonNode content = declared.get("content");
        if (content == null) {
            assertThat(response.body()).as(where + ": no body is documented").isEmpty();
        } else {
            String mediaType = content.fieldNames().next();
            assertThat(response.headers().firstValue("Content-Type")).as(where + ": Content-Type").hasValue(mediaType);
            assertValid(where + " body", content.get(mediaType).get("schema"), ApiTestServer.JSON.readTree(response.body()));
        }
        if (requestBody != null && response.statusCode() < 300 && operation.has("requestBody")) {
            assertValid(where + " request body", operation.at("/requestBody/content/application~1json/schema"),
                    ApiTestServer.JSON.readTree(requestBody));
        }
        seen.computeIfAbsent(route.function(), f -> new TreeSet<>()).add(response.statusCode());
        return response;
    }

    /** Operation id → the statuses its exchanges answered with so far. */
    Map<String, Set<Integer>> seen() {
        return seen;
    }

    /** Operation id → its documented success statuses (2xx and 3xx). */
    Map<String, Set<Integer>> documentedSuccesses() {
        Map<String, Set<Integer>> successes = new TreeMap<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            Set<Integer> statuses = new TreeSet<>();
            operation.getValue().get("responses").fieldNames().forEachRemaining(status -> {
                if (Integer.parseInt(status) < 400) {
                    statuses.add(Integer.parseInt(status));
                }
            });
            successes.put(operation.getValue().get("operationId").asText(), statuses);
        }));
        return successes;
    }

    /** What is wrong with {@code body} as the JSON answer {@code status} of the operation {@code operationId}. */
    List<Error> violations(String operationId, int status, JsonNode body) {
        for (JsonNode path : document.get("paths")) {
            for (JsonNode operation : path) {
                if (operation.get("operationId").asText().equals(operationId)) {
                    JsonNode content = resolve(operation.at("/responses/" + status)).get("content");
                    return violations(content.get(content.fieldNames().next()).get("schema"), body);
                }
            }
        }
        throw new IllegalArgumentException("no operation " + operationId);
    }

    private void assertValid(String what, JsonNode schema, JsonNode instance) {
        assertThat(violations(schema, instance)).as(what + " matches the document: " + instance).isEmpty();
    }

    private List<Error> violations(JsonNode schema, JsonNode instance) {
        ObjectNode root = (ObjectNode) close(schema.deepCopy());
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", closedComponents);
        return SCHEMAS.getSchema(root).validate(instance);
    }

    private JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? document.at(node.get("$ref").asText().substring(1)) : node;
    }

    /** Every object schema with properties and no word on others refuses others. */
    private static JsonNode close(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            object.properties().forEach(entry -> close(entry.getValue()));
        } else if (node.isArray()) {
            node.forEach(OpenApiContract::close);
        }
        return node;
    }
}
