package dev.debtos.platform.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.platform.db.Database;
import dev.debtos.platform.db.Migrations;
import dev.debtos.platform.db.TestDatabase;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** One active scan per repository, commit and pull request (migration 011). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScanStoreIT {
    private static final String HEAD = "a".repeat(40);
    private static final String BASE = "b".repeat(40);

    private TestDatabase database;
    private com.zaxxer.hikari.HikariDataSource dataSource;
    private ScanStore scans;

    @BeforeAll
    void migrate() throws Exception {
        database = TestDatabase.create();
        dataSource = Database.pooled(database.settings(), 2);
        new Migrations().migrate(dataSource);
        scans = new ScanStore(dataSource);
    }

    @AfterAll
    void drop() throws Exception {
        dataSource.close();
        database.close();
    }

    @Test
    void aPushScanAndAPullRequestScanOfOneCommitAreTwoScansAndEachIsDeduplicated(@TempDir Path dir) throws Exception {
        UUID repository = new RepositoryStore(dataSource).localRepository(dir).id();
        var push = scans.createQueued(new ScanStore.NewScan(repository, "webhook_push", "main", HEAD, null, null, "standard", null));
        var pr = scans.createQueued(new ScanStore.NewScan(repository, "webhook_pr", "feature", HEAD, BASE, 7, "standard", null));
        var otherPr = scans.createQueued(new ScanStore.NewScan(repository, "webhook_pr", "feature", HEAD, BASE, 8, "standard", null));
        assertThat(push.created()).isTrue();
        assertThat(pr.created()).isTrue();
        assertThat(otherPr.created()).isTrue();
        assertThat(pr.scan().id()).isNotEqualTo(push.scan().id()).isNotEqualTo(otherPr.scan().id());
        assertThat(pr.scan().prNumber()).isEqualTo(7);
        assertThat(pr.scan().baseSha()).isEqualTo(BASE);

        var pushAgain = scans.createQueued(new ScanStore.NewScan(repository, "manual", "main", HEAD, null, null, "standard", null));
        var prAgain = scans.createQueued(new ScanStore.NewScan(repository, "webhook_pr", "feature", HEAD, BASE, 7, "standard", null));
        assertThat(pushAgain.created()).isFalse();
        assertThat(pushAgain.scan().id()).isEqualTo(push.scan().id());
        assertThat(prAgain.created()).isFalse();
        assertThat(prAgain.scan().id()).isEqualTo(pr.scan().id());

        assertThat(scans.cancel(push.scan().id())).isTrue();
        var afterCancel = scans.createQueued(new ScanStore.NewScan(repository, "manual", "main", HEAD, null, null, "standard", null));
        assertThat(afterCancel.created()).isTrue();
    }
}
