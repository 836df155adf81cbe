package dev.debtos.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.debtos.api.SampleEvents;
import dev.debtos.api.route.Access;
import dev.debtos.api.route.Route;
import dev.debtos.api.route.TestRoutes;
import dev.debtos.api.route.RouteTable;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The served OpenAPI document and the route table agree: every route with its method and responses, nothing extra. */
class OpenApiDocumentTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void servedDocumentListsExactlyTheRoutesAndTheirResponses() throws Exception {
        RouteTable table = RouteTable.standard();
        var response = new GetOpenApiHandler(table).apply(SampleEvents.load("get-openapi.json"));
        assertThat(response.getStatusCode()).isEqualTo(200);
        JsonNode document = mapper.readTree(response.getBody());
        assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");

        Set<String> documented = new HashSet<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            Set<String> codes = new HashSet<>();
            operation.getValue().get("responses").fieldNames().forEachRemaining(codes::add);
            documented.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey() + " " + new java.util.TreeSet<>(codes)
                    + " " + operation.getValue().get("operationId").asText());
        }));
        Set<String> routes = new HashSet<>();
        for (Route route : table.routes()) {
            routes.add(route.method() + " " + route.path() + " "
                    + new java.util.TreeSet<>(route.responses().stream().map(String::valueOf).toList()) + " " + route.function());
        }
        assertThat(documented).isEqualTo(routes);
    }

    @Test
    void problemsUseProblemJsonPathParametersAndScopesAreDeclared() {
        RouteTable table = new RouteTable(List.of(
                TestRoutes.route("DELETE", "/api/api-keys/{id}", "deleteApiKey", Access.ADMIN, 204, 404)));
        JsonNode operation = mapper.valueToTree(OpenApiDocument.of(table)).at("/paths/~1api~1api-keys~1{id}/delete");
        assertThat(operation.at("/parameters/0/name").asText()).isEqualTo("id");
        assertThat(operation.at("/parameters/0/in").asText()).isEqualTo("path");
        assertThat(operation.at("/parameters/0/schema/format").asText()).isEqualTo("uuid");
        assertThat(operation.at("/parameters/0/description").asText()).isEqualTo("The API key's id");
        assertThat(operation.at("/responses/404/$ref").asText()).isEqualTo("#/components/responses/NotFound");
        assertThat(operation.at("/responses/204").has("content")).as("204 has no body").isFalse();
        assertThat(operation.at("/security/0/bearer/0").asText()).isEqualTo("admin");
    }

    @Test
    void everyOperationIsTaggedAndDescribedAndEverySuccessDescribesItsBody() {
        JsonNode document = mapper.valueToTree(OpenApiDocument.of(RouteTable.standard()));
        Set<String> tags = new HashSet<>();
        document.get("tags").forEach(tag -> {
            assertThat(tag.get("description").asText()).isNotBlank();
            tags.add(tag.get("name").asText());
        });
        assertThat(document.at("/servers/0/url").asText()).isEqualTo("/");
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            JsonNode operation = entry.getValue();
            String where = entry.getKey() + " " + path.getKey();
            assertThat(tags).as(where).contains(operation.at("/tags/0").asText());
            assertThat(operation.get("description").asText()).as(where).isNotBlank();
            operation.get("responses").properties().forEach(response -> {
                int status = Integer.parseInt(response.getKey());
                JsonNode answer = response.getValue();
                if (status >= 400) {
                    assertThat(answer.get("$ref").asText()).as(where).startsWith("#/components/responses/");
                } else if (status == 204 || status == 302) {
                    assertThat(answer.has("content")).as(where + " " + status + " has no body").isFalse();
                } else {
                    assertThat(answer.get("content").properties().iterator().next().getValue().get("schema").isEmpty())
                            .as(where + " " + status + " describes its body").isFalse();
                }
                if (status < 400) {
                    assertThat(answer.at("/headers/X-Request-Id/$ref").asText()).isEqualTo("#/components/headers/X-Request-Id");
                }
            });
        }));
        assertThat(document.at("/components/responses/TooManyRequests/headers/Retry-After/$ref").asText())
                .isEqualTo("#/components/headers/Retry-After");
    }

    @Test
    void redirectsCreatedObjectsSarifAndCachedReadsCarryTheirHeadersAndMediaTypes() {
        JsonNode paths = mapper.valueToTree(OpenApiDocument.of(RouteTable.standard())).get("paths");
        assertThat(paths.at("/~1api~1auth~1github/get/responses/302/headers").has("Location")).isTrue();
        assertThat(paths.at("/~1api~1auth~1github~1callback/get/responses/302/headers").has("Set-Cookie")).isTrue();
        assertThat(paths.at("/~1api~1repos/post/responses/201/headers").has("Location")).isTrue();
        assertThat(paths.at("/~1api~1repos~1{id}~1scans/post/responses/202/headers").has("Location")).isTrue();
        assertThat(paths.at("/~1api~1repos~1{id}~1summary/get/responses/200/headers").has("X-Cache")).isTrue();
        assertThat(paths.at("/~1api~1scans~1{id}~1sarif/get/responses/200/content").fieldNames().next())
                .isEqualTo("application/sarif+json");
        assertThat(paths.at("/~1api~1auth~1logout/post/responses/204").has("content")).isFalse();
    }

    @Test
    void queryParametersAndRequestBodiesAreDescribedAsTheHandlersReadThem() {
        JsonNode paths = mapper.valueToTree(OpenApiDocument.of(RouteTable.standard())).get("paths");
        JsonNode debt = paths.at("/~1api~1repos~1{id}~1debt/get/parameters");
        Set<String> names = new HashSet<>();
        debt.forEach(parameter -> names.add(parameter.get("name").asText()));
        assertThat(names).containsExactlyInAnyOrder("id", "type", "severity", "status", "path", "q", "sort", "order", "limit", "offset");
        JsonNode severity = debt.get(2);
        assertThat(severity.at("/schema/items/enum").toString()).isEqualTo("[\"critical\",\"high\",\"medium\",\"low\",\"info\"]");
        assertThat(severity.get("explode").asBoolean()).isTrue();
        JsonNode limit = debt.get(8);
        assertThat(limit.at("/schema/maximum").asInt()).isEqualTo(200);
        assertThat(limit.at("/schema/default").asInt()).isEqualTo(50);

        JsonNode document = mapper.valueToTree(OpenApiDocument.of(RouteTable.standard()));
        // the bodies the API checks key by key are closed; the others say unknown fields are ignored
        for (String strict : List.of("RepositoryConnect", "ScanRequest", "RepositorySettingsPatch")) {
            assertThat(document.at("/components/schemas/" + strict + "/additionalProperties").asBoolean(true)).as(strict).isFalse();
        }
        assertThat(document.at("/components/schemas/DebtStatusChange/required").toString()).isEqualTo("[\"status\"]");
        assertThat(paths.at("/~1api~1repos~1{id}~1scans/post/requestBody/required").asBoolean()).isFalse();
        assertThat(paths.at("/~1api~1debt~1{id}/patch/requestBody/required").asBoolean()).isTrue();
        assertThat(paths.at("/~1api~1repos~1{id}/get").has("requestBody")).isFalse();
    }

    @Test
    void aScansStatsDescribeItsEmbeddingBatchesAndTheirState() {
        JsonNode document = mapper.valueToTree(OpenApiDocument.of(RouteTable.standard()));
        assertThat(document.at("/paths/~1api~1scans~1{id}/get/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Scan");
        assertThat(document.at("/components/schemas/Scan/properties/stats/$ref").asText())
                .isEqualTo("#/components/schemas/ScanStats");
        assertThat(document.at("/components/schemas/ScanStats/properties/embeddings/$ref").asText())
                .isEqualTo("#/components/schemas/ScanEmbeddings");
        JsonNode embeddings = document.at("/components/schemas/ScanEmbeddings/properties");
        assertThat(embeddings.at("/state/enum").toString()).isEqualTo("[\"embedding\",\"complete\",\"incomplete\"]");
        assertThat(embeddings.at("/batches/required").toString()).isEqualTo("[\"total\",\"done\",\"pending\",\"dropped\"]");
        assertThat(embeddings.at("/queued/type").asText()).isEqualTo("integer");
        assertThat(embeddings.at("/deadline/format").asText()).isEqualTo("date-time");
        assertThat(embeddings.at("/droppedChunks/type").asText()).isEqualTo("integer");
        assertThat(embeddings.at("/reason/type").asText()).isEqualTo("string");
    }
}
