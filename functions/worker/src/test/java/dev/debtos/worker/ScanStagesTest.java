package dev.debtos.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.platform.scan.ScanStage;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every stage the engine reports while a scan runs is one the scan row can show under its own name. */
class ScanStagesTest {
    @TempDir
    Path dir;

    @Test
    void everyEngineStageIsAScanStage() throws Exception {
        Path repo = ScanFixture.gitRepository(dir.resolve("shop"));
        Set<String> reported = ConcurrentHashMap.newKeySet();

        ScanAnalyzer.engine().analyze(repo, (stage, done, total) -> reported.add(stage));

        assertThat(reported).contains("inventory", "rules").allMatch(ScanStage::isKnown);
    }

    @Test
    void storedWordsRoundTrip() {
        for (ScanStage stage : ScanStage.values()) {
            assertThat(ScanStage.fromKey(stage.key())).isEqualTo(stage);
        }
        assertThat(ScanStage.fromKey("a stage added later")).isEqualTo(ScanStage.ANALYSIS);
    }
}
