package dev.debtos.api.route;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * routes.json is what the CDK app reads (one Lambda per entry, its handler selected by "function"); it must equal
 * the route table. Regenerate: {@code mvn -pl functions/api test -Dtest=RoutesJsonTest -Ddebtos.routes.write=true}.
 */
class RoutesJsonTest {
    static final Path COMMITTED = Path.of("src", "main", "resources", "routes.json");
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void committedRoutesJsonEqualsTheRouteTable() throws Exception {
        JsonNode expected = mapper.valueToTree(RoutesJson.of(RouteTable.standard()));
        if (Boolean.getBoolean("debtos.routes.write")) {
            Files.writeString(COMMITTED, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(expected) + "\n");
        }
        JsonNode committed = mapper.readTree(COMMITTED.toFile());
        assertThat(committed)
                .as("routes.json differs from RouteTable.standard(); rerun this test with -Ddebtos.routes.write=true")
                .isEqualTo(expected);
        assertThat(committed.get("routes").get(1).get("function").asText()).isEqualTo("getDatabaseHealth");
    }
}
