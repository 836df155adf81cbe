package dev.debtos.local.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.platform.queue.ScanMessage;
import dev.debtos.platform.scan.RepositoryStore;
import dev.debtos.platform.scan.Scan;
import dev.debtos.platform.scan.ScanStatus;
import dev.debtos.platform.scan.ScanStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local runtime's queue and worker: a scan queued through the API's queue completes through the poller. */
class ApiTestServerIT {

    @Test
    void aScanSentToTheRuntimesQueueIsCompletedByItsWorker(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("Main.java"), "class Main { void run() { if (true) { } } } // TODO tidy\n");
        try (var api = ApiTestServer.start()) {
            assertThat(api.call("GET", "/api/health", null, null).statusCode()).isEqualTo(200);
            var repository = new RepositoryStore(api.dataSource()).localRepository(dir.toRealPath());
            var scans = new ScanStore(api.dataSource());
            Scan scan = scans.createQueued(repository.id(), "manual", null, null);
            api.queue().send(new ScanMessage(scan.id()));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            Scan now = scans.find(scan.id()).orElseThrow();
            while (!now.isFinal() && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
                now = scans.find(scan.id()).orElseThrow();
            }
            assertThat(now.status()).as(String.valueOf(now.error())).isEqualTo(ScanStatus.COMPLETED);
        }
    }
}
