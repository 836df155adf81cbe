package dev.debtos.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.debtos.platform.config.CloneSettings;
import dev.debtos.platform.config.Profile;
import dev.debtos.platform.scan.Repository;
import dev.debtos.platform.scan.Scan;
import dev.debtos.platform.scan.ScanStatus;
import dev.debtos.worker.checkout.CloneCredentials;
import dev.debtos.worker.checkout.HostResolver;
import dev.debtos.worker.checkout.WorkspacePreparer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger tracks one branch's history: a scan of {@code main} at a commit that exists only on another branch fails
 * with the reason, on the local checkout path and on the file:// path, and the ledger and the repository's last scanned
 * commit stay as the previous scan left them. (A clone's path, {@code SafeCloner}, is covered by {@code SafeClonerTest}.)
 */
class OtherBranchCommitIT {
    @TempDir
    Path dir;

    @Test
    void aCommitOnlyOnAnotherBranchFailsTheScanAndLeavesTheLedgerAsItWas() throws Exception {
        GitFixture git = GitFixture.init(dir.resolve("shop"));
        String onMain = git.commit("src/Cart.java", "class Cart {\n    // TODO: coupons\n}\n");
        git.branch("feature");
        String onFeature = git.commit("src/Refund.java", "class Refund {\n    // FIXME: rounding\n    // HACK: no audit\n}\n");
        git.switchTo("main");

        try (ScanFixture fixture = ScanFixture.create()) {
            Scan first = fixture.queue(git.root());
            assertThat(first.commitSha()).isEqualTo(onMain);
            ScanPipeline pipeline = fixture.pipeline("w", ScanAnalyzer.engine(), Duration.ofMinutes(1), StageHook.NONE);
            assertThat(pipeline.run(first.id(), 1)).isEqualTo(ScanOutcome.COMPLETED);
            LedgerState before = LedgerState.of(fixture.dataSource, first.repositoryId());

            Scan other = fixture.scans.createQueued(first.repositoryId(), "manual", "main", onFeature);
            assertThat(pipeline.run(other.id(), 1)).isEqualTo(ScanOutcome.FAILED);
            Scan failed = fixture.scans.find(other.id()).orElseThrow();
            assertThat(failed.status()).isEqualTo(ScanStatus.FAILED);
            assertThat(failed.error()).isEqualTo("the commit " + onFeature + " is not on the branch main");
            LedgerState after = LedgerState.of(fixture.dataSource, first.repositoryId());
            assertThat(after.items()).isEqualTo(before.items());
            assertThat(after.snapshots()).isEqualTo(before.snapshots());
            assertThat(after.events()).isEqualTo(before.events());
            try (var connection = fixture.dataSource.getConnection();
                 var select = connection.prepareStatement("SELECT last_scanned_commit FROM repositories WHERE id = ?")) {
                select.setObject(1, first.repositoryId());
                try (var row = select.executeQuery()) {
                    row.next();
                    assertThat(row.getString(1)).isEqualTo(onMain);
                }
            }
        }

        // the same rule where a provider repository stands on a file:// git directory (CLONE_ALLOW_FILE_URLS)
        CloneSettings defaults = CloneSettings.defaults();
        var preparer = new WorkspacePreparer(new CloneSettings(List.of("github.com"), defaults.maxRepositoryBytes(),
                defaults.maxFiles(), defaults.maxFileBytes(), defaults.timeout(), true), Profile.LOCAL, dir.resolve("scans"),
                HostResolver.SYSTEM, CloneCredentials.NONE);
        var github = new Repository(UUID.randomUUID(), UUID.randomUUID(), "github", "acme/shop", git.root().toUri().toString(), "main");
        assertThatThrownBy(() -> preparer.prepare(github, "main", onFeature, "standard"))
                .isInstanceOf(ScanRejected.class).hasMessage("the commit " + onFeature + " is not on the branch main");
        try (var workspace = preparer.prepare(github, "feature", onFeature, "standard")) {
            assertThat(workspace.commit()).isEqualTo(onFeature);
        }
    }
}
