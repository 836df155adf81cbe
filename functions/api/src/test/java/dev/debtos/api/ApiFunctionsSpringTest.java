package dev.debtos.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.function.adapter.aws.FunctionInvoker;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.cloud.function.context.FunctionalSpringApplication;

/** The functions run as Lambda runs them: FunctionInvoker → FunctionalSpringApplication(ApiFunctions) → one function. */
class ApiFunctionsSpringTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @AfterEach
    void clearProperties() {
        System.clearProperty("MAIN_CLASS");
        System.clearProperty("spring.cloud.function.definition");
    }

    @Test
    void functionInvokerServesTheFunctionSelectedByDefinition() throws Exception {
        System.setProperty("MAIN_CLASS", ApiFunctions.class.getName());
        System.setProperty("spring.cloud.function.definition", "getHealth");
        FunctionInvoker invoker = new FunctionInvoker();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        invoker.handleRequest(new ByteArrayInputStream(Files.readAllBytes(SampleEvents.DIRECTORY.resolve("get-health.json"))),
                output, null);
        JsonNode response = mapper.readTree(output.toByteArray());
        assertThat(response.get("statusCode").asInt()).isEqualTo(200);
        assertThat(mapper.readTree(response.get("body").asText()).get("status").asText()).isEqualTo("ok");
        assertThat(response.get("headers").get("X-Content-Type-Options").asText()).isEqualTo("nosniff");
        assertThat(response.get("headers").get("X-Request-Id").asText()).isEqualTo("c6af9ac6-7b61-11e6-9a41-93e8deadbeef");
    }

    @Test
    void everyRouteFunctionIsInTheCatalog() {
        try (var context = FunctionalSpringApplication.run(ApiFunctions.class,
                "--spring.main.web-application-type=none")) {
            FunctionCatalog catalog = context.getBean(FunctionCatalog.class);
            for (var route : new ApiFunctions().routes().routes()) {
                assertThat((Object) catalog.lookup(route.function())).as(route.function()).isNotNull();
            }
            assertThat((Object) catalog.lookup(ApiFunctions.ROUTER)).isNotNull();
        }
    }
}
