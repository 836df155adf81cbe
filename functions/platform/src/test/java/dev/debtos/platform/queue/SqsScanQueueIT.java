package dev.debtos.platform.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The SQS adapter (AWS SDK v2) against ElasticMQ started in this JVM on a random port. */
class SqsScanQueueIT {
    private static EmbeddedSqs elasticMq;
    private static SqsClient sqs;

    @BeforeAll
    static void start() {
        elasticMq = EmbeddedSqs.start(0);
        sqs = elasticMq.client();
    }

    @AfterAll
    static void stop() {
        sqs.close();
        elasticMq.close();
    }

    private static SqsScanQueue newQueue() {
        return ScanQueueProvisioner.provision(sqs, "scans-" + UUID.randomUUID(), Duration.ofSeconds(30));
    }

    @Test
    void sendsReceivesInBatchesAndDeletes() {
        SqsScanQueue queue = newQueue();
        Set<UUID> sent = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            UUID id = UUID.randomUUID();
            sent.add(id);
            assertThat(queue.send(new ScanMessage(id))).isNotBlank();
        }
        assertThat(queue.status().visible()).isEqualTo(12);

        Set<UUID> received = new HashSet<>();
        while (received.size() < 12) {
            List<ReceivedMessage> batch = queue.receive(10, Duration.ofSeconds(1));
            assertThat(batch).isNotEmpty().hasSizeLessThanOrEqualTo(10);
            for (ReceivedMessage m : batch) {
                assertThat(m.receiveCount()).isEqualTo(1);
                received.add(m.scan().scanId());
                queue.delete(m.receiptHandle());
            }
        }
        assertThat(received).isEqualTo(sent);
        assertThat(queue.status()).isEqualTo(new QueueStatus(0, 0, 0, 0));
    }

    @Test
    void aReceivedMessageStaysHiddenUntilItsVisibilityEnds() {
        SqsScanQueue queue = newQueue();
        UUID id = UUID.randomUUID();
        queue.send(new ScanMessage(id));
        ReceivedMessage first = queue.receive(1, Duration.ofSeconds(1)).getFirst();

        assertThat(queue.receive(10, Duration.ZERO)).isEmpty();
        assertThat(queue.status().inFlight()).isEqualTo(1);

        queue.changeVisibility(first.receiptHandle(), Duration.ZERO); // give it back, as a failed worker would
        ReceivedMessage again = queue.receive(1, Duration.ofSeconds(1)).getFirst();
        assertThat(again.scan().scanId()).isEqualTo(id);
        assertThat(again.receiveCount()).isEqualTo(2);
    }

    @Test
    void aMessageThatKeepsFailingMovesToTheDeadLetterQueueAfterMaxReceiveCount() {
        SqsScanQueue queue = newQueue();
        queue.send(new ScanMessage(UUID.randomUUID()));
        for (int attempt = 1; attempt <= ScanQueueProvisioner.MAX_RECEIVE_COUNT; attempt++) {
            List<ReceivedMessage> got = queue.receive(1, Duration.ofSeconds(1));
            assertThat(got).hasSize(1);
            assertThat(got.getFirst().receiveCount()).isEqualTo(attempt);
            queue.changeVisibility(got.getFirst().receiptHandle(), Duration.ZERO);
        }
        assertThat(queue.receive(1, Duration.ofSeconds(1))).isEmpty();
        assertThat(queue.status().deadLetters()).isEqualTo(1);
        assertThat(queue.status().visible()).isZero();
    }

    @Test
    void malformedBodiesAreRecognisedAsPoison() {
        assertThatThrownBy(() -> ScanMessage.fromJson("{\"scanId\":\"not-a-uuid-but-thirty-six-characters\"}"))
                .isInstanceOf(MalformedMessageException.class);
        assertThatThrownBy(() -> ScanMessage.fromJson("{\"repo\":\"x\"}")).isInstanceOf(MalformedMessageException.class);
        UUID id = UUID.randomUUID();
        assertThat(ScanMessage.fromJson(new ScanMessage(id).toJson()).scanId()).isEqualTo(id);
    }
}
