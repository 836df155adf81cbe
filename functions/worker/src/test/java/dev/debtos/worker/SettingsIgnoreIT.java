package dev.debtos.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.platform.scan.Scan;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository settings' ignore list, read by the scan's settings stage: what it names is suppressed, counted in the
 * scan stats and kept in the ledger as suppressed; without it the same findings are open.
 */
class SettingsIgnoreIT {
    @TempDir
    Path dir;
    private ScanFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = ScanFixture.create();
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void whatTheSettingsIgnoreIsSuppressedCountedAndKept() throws Exception {
        ScanPipeline pipeline = new ScanPipeline(fixture.ports("w",
                ScanAnalyzer.engine(SettingsIgnoreStage.of(fixture.repositories::settingsJson)), Duration.ofMinutes(1)));
        Path repo = ScanFixture.gitRepository(dir.resolve("shop"));

        Scan plain = fixture.queue(repo);
        assertThat(pipeline.run(plain.id(), 1)).isEqualTo(ScanOutcome.COMPLETED);
        int findings = Integer.parseInt(fixture.stat(plain.id(), "findings"));
        assertThat(findings).isPositive();
        assertThat(fixture.stat(plain.id(), "suppressed")).isEqualTo("0");

        fixture.update("UPDATE repositories SET settings = '{\"ignore\": [{\"rule\": \"*\", \"path\": \"src/\", \"reason\": \"legacy\"}]}'"
                + " WHERE id = ?", plain.repositoryId());
        ScanFixture.commit(repo, "README.md", "# shop\n"); // a new tree, so the scan analyses instead of reusing
        Scan ignored = fixture.queue(repo);
        assertThat(pipeline.run(ignored.id(), 1)).isEqualTo(ScanOutcome.COMPLETED);

        assertThat(fixture.stat(ignored.id(), "findings")).isEqualTo("0");
        assertThat(Integer.parseInt(fixture.stat(ignored.id(), "suppressed"))).isEqualTo(findings);
        assertThat(strings("SELECT DISTINCT status || ' ' || (suppression ->> 'by') || ' ' || (suppression ->> 'reason')"
                + " FROM debt_items WHERE repository_id = ?", plain.repositoryId())).containsExactly("suppressed settings legacy");
    }

    private List<String> strings(String sql, UUID parameter) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = fixture.dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }
}
