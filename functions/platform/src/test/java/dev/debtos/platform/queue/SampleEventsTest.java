package dev.debtos.platform.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The sample SQS event in events/ is what the worker will receive: one valid scan message, one poison message. */
class SampleEventsTest {
    static final Path EVENTS = Path.of("..", "..", "events");

    @Test
    void sampleScanBatchHoldsOneValidAndOnePoisonMessage() throws Exception {
        JsonNode records = new ObjectMapper().readTree(EVENTS.resolve("sqs/scan-requested.json").toFile()).get("Records");
        assertThat(records).hasSize(2);
        assertThat(ScanMessage.fromJson(records.get(0).get("body").asText()).scanId())
                .isEqualTo(UUID.fromString("6f1f7c2e-3b8a-4c55-9a57-2d8f0f3c9b11"));
        assertThatThrownBy(() -> ScanMessage.fromJson(records.get(1).get("body").asText()))
                .isInstanceOf(MalformedMessageException.class);
    }
}
