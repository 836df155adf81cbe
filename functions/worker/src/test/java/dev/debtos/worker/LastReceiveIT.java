package dev.debtos.worker;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.debtos.platform.scan.Scan;
import dev.debtos.platform.scan.ScanStatus;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample SQS event of a scan's fifth receive (events/sqs/scan-last-receive.json): a failure on it marks the scan
 * failed with its reason and still reports the record, so SQS moves the message to the DLQ.
 */
class LastReceiveIT {
    private static ScanFixture fixture;

    @TempDir
    Path dir;

    @BeforeAll
    static void create() throws Exception {
        fixture = ScanFixture.create();
    }

    @AfterAll
    static void drop() throws Exception {
        fixture.close();
    }

    @Test
    void aFailureOnTheLastReceiveFailsTheScanAndSendsTheMessageToTheDlq() throws Exception {
        Scan scan = fixture.queue(ScanFixture.gitRepository(dir.resolve("shop")));
        SQSEvent sample = JsonMapper.builder().enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                .readValue(Path.of("..", "..", "events", "sqs", "scan-last-receive.json").toFile(), SQSEvent.class);
        SQSEvent.SQSMessage record = sample.getRecords().getFirst();
        assertThat(record.getAttributes()).containsEntry("ApproximateReceiveCount", "5");
        record.setBody("{\"scanId\":\"" + scan.id() + "\"}");
        ScanWorkerHandler handler = new ScanWorkerHandler(fixture.pipeline("w", ScanAnalyzer.engine(), Duration.ofMinutes(1),
                stage -> {
                    if (stage.equals("ledger")) {
                        throw new IllegalStateException("disk full");
                    }
                }));

        SQSBatchResponse response = handler.handleRequest(sample, null);

        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly(record.getMessageId());
        Scan failed = fixture.scans.find(scan.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(ScanStatus.FAILED);
        assertThat(failed.error()).isEqualTo("IllegalStateException: disk full");
        assertThat(LedgerState.of(fixture.dataSource, scan.repositoryId()).items()).isEmpty();
    }
}
