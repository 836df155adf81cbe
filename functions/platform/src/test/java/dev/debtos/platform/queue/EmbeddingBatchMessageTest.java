package dev.debtos.platform.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class EmbeddingBatchMessageTest {

    @Test
    void aMessageCarriesTheBatchIdAndNothingElse() {
        UUID id = UUID.randomUUID();
        assertThat(new EmbeddingBatchMessage(id).toJson()).isEqualTo("{\"batchId\":\"" + id + "\"}");
        assertThat(EmbeddingBatchMessage.fromJson(" {\"batchId\" : \"" + id + "\"} ").batchId()).isEqualTo(id);
    }

    @Test
    void anyOtherBodyIsMalformed() {
        for (String body : new String[] {null, "", "{}", "{\"scanId\":\"" + UUID.randomUUID() + "\"}",
                "{\"batchId\":\"" + UUID.randomUUID() + "\",\"model\":\"x\"}", "{\"batchId\":\"not-a-uuid-but-36-characters-long-ok\"}"}) {
            assertThatThrownBy(() -> EmbeddingBatchMessage.fromJson(body)).as(String.valueOf(body))
                    .isInstanceOf(MalformedMessageException.class).hasMessageStartingWith("embedding batch message");
        }
    }
}
