package dev.debtos.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.debtos.api.SampleEvents;
import dev.debtos.api.route.Access;
import dev.debtos.api.route.Route;
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
                new Route("DELETE", "/api/api-keys/{id}", "deleteApiKey", Access.ADMIN, "revoke", List.of(204, 404))));
        JsonNode operation = mapper.valueToTree(OpenApiDocument.of(table)).at("/paths/~1api~1api-keys~1{id}/delete");
        assertThat(operation.at("/parameters/0/name").asText()).isEqualTo("id");
        assertThat(operation.at("/parameters/0/in").asText()).isEqualTo("path");
        assertThat(operation.at("/responses/404/content").has("application/problem+json")).isTrue();
        assertThat(operation.at("/responses/204/content").has("application/json")).isTrue();
        assertThat(operation.at("/security/0/bearer/0").asText()).isEqualTo("admin");
    }
}
