package dev.debtos.worker.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.debtos.platform.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.lambda.powertools.metrics.MetricsFactory;

/** The worker's LLM metrics as Powertools writes them: embedded metric format lines CloudWatch turns into metrics. */
class LlmMetricsTest {

    @Test
    void tokensAndCallsAreEmittedPerModelAndInTotal() throws Exception {
        LlmSummary summary = new LlmSummary("openai", "gpt-4.1-mini", 10, 3, 4_200, 1, 2, 1, 0, 0, 0, 0, 0,
                Optional.empty(), Optional.empty(), LlmSummary.Triage.NONE);
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            LlmMetrics.powertools(MetricsFactory.getMetricsInstance()).record(summary);
        } finally {
            System.setOut(original);
        }

        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("{")) {
                lines.add(Json.mapper().readTree(line));
            }
        }
        assertThat(lines).hasSize(2);
        for (JsonNode emf : lines) {
            JsonNode definition = emf.path("_aws").path("CloudWatchMetrics").get(0);
            assertThat(definition.path("Namespace").asText()).isEqualTo("DebtOs");
            assertThat(definition.path("Metrics").findValuesAsText("Name")).containsExactlyInAnyOrder("LlmTokens", "LlmCalls");
            assertThat(emf.path("LlmTokens").asDouble()).isEqualTo(4_200);
            assertThat(emf.path("LlmCalls").asDouble()).isEqualTo(3);
        }
        assertThat(lines.getFirst().path("_aws").path("CloudWatchMetrics").get(0).path("Dimensions").get(0).toString())
                .isEqualTo("[\"provider\",\"model\"]");
        assertThat(lines.getFirst().path("provider").asText()).isEqualTo("openai");
        assertThat(lines.get(1).path("_aws").path("CloudWatchMetrics").get(0).path("Dimensions").toString())
                .isEqualTo("[[\"Service\"]]");
        assertThat(lines.get(1).path("Service").asText()).isEqualTo("debt-os");
    }
}
