package dev.debtos.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.engine.ProgressListener;
import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis as a list of stages: order, timing, progress, stages added by a caller and what they share. */
class AnalyzerStagesTest {

    @TempDir
    Path tree;

    private record FileCount(int files) {
    }

    /** A caller's stage: reads the measured files, hands a value on, adds one finding. */
    private static final class CountingStage implements AnalysisStage {
        @Override
        public String name() {
            return "counting";
        }

        @Override
        public void run(AnalysisContext context) {
            context.put(FileCount.class, new FileCount(context.files().size()));
            context.addFindings(List.of(new Finding("TEST-STAGE-001", DebtType.CODE_SMELL, Severity.HIGH, "a.py", 1, 1,
                    "added by a stage", "", 5, "fp-stage", 0)));
        }
    }

    /** Reads what the counting stage stored. */
    private static final class ReadingStage implements AnalysisStage {
        Integer seen;

        @Override
        public String name() {
            return "reading";
        }

        @Override
        public void run(AnalysisContext context) {
            seen = context.get(FileCount.class).map(FileCount::files).orElse(-1);
        }
    }

    private void write(String path, String content) throws IOException {
        Files.writeString(tree.resolve(path), content);
    }

    @Test
    void tellsTheListenerTheTimeOfEachRuleAndOfEachPartOfScoring() throws IOException {
        write("a.py", "def f(x):\n    return x\n");
        List<String> timed = new ArrayList<>();
        ProgressListener progress = new ProgressListener() {
            @Override
            public void update(String stage, long done, long total) {
            }

            @Override
            public void timed(String stage, String part, long wallNanos, long cpuNanos) {
                assertThat(wallNanos).isNotNegative();
                timed.add(stage + " " + part);
            }
        };

        new Analyzer().analyze(tree, AnalysisOptions.defaults().withoutHistory(), progress);

        List<String> expected = new ArrayList<>(List.of("rules documents", "rules text index"));
        dev.debtos.engine.rules.Rules.all().forEach(rule -> expected.add("rules " + rule.key()));
        expected.addAll(List.of("score suppressions", "score places", "score priorities"));
        assertThat(timed).containsExactlyElementsOf(expected);
    }

    @Test
    void runsTheStandardStagesInOrderAndTimesEachUnderItsName() throws IOException {
        write("a.py", "def f(x):\n    return x\n");
        List<String> heard = new ArrayList<>();
        ProgressListener progress = (stage, done, total) -> {
            if (heard.isEmpty() || !heard.getLast().equals(stage)) {
                heard.add(stage);
            }
        };

        AnalysisResult result = new Analyzer().analyze(tree, AnalysisOptions.defaults(), progress);

        assertThat(result.stageMillis().keySet()).containsExactly("inventory", "measure", "duplication", "dependencies",
                "history", "rules", "score");
        assertThat(heard).containsSubsequence("inventory", "measure", "duplication", "dependencies", "rules");
        assertThat(result.files()).hasSize(1);
        assertThat(result.score()).isNotNull();
    }

    @Test
    void callerStagesRunBeforeScoringSoTheirFindingsArePrioritised() throws IOException {
        write("a.py", "def f(x):\n    return x\n");
        write("b.py", "def g(y):\n    return y\n");
        ReadingStage reading = new ReadingStage();
        Analyzer analyzer = new Analyzer(AnalysisStages.standardWith(List.of(new CountingStage(), reading)));

        AnalysisResult result = analyzer.analyze(tree, AnalysisOptions.defaults().withoutHistory(), ProgressListener.NONE);

        assertThat(result.stageMillis().keySet()).containsExactly("inventory", "measure", "duplication", "dependencies",
                "history", "rules", "counting", "reading", "score");
        assertThat(reading.seen).isEqualTo(2);
        Finding added = result.findings().stream().filter(f -> f.ruleKey().equals("TEST-STAGE-001")).findFirst().orElseThrow();
        assertThat(added.priority()).as("interest 1 x high 5").isEqualTo(5.0);
        assertThat(result.score().remediationMinutes()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aMeasurementCachePassedInTheOptionsIsAskedForEveryMeasuredFile() throws IOException {
        write("a.py", "def f(x):\n    return x\n");
        Map<String, String> seen = new java.util.concurrent.ConcurrentHashMap<>();
        MeasurementCache cache = new MeasurementCache() {
            @Override
            public FileMeasurements find(String path, String blobId) {
                return null;
            }

            @Override
            public void measured(String path, String blobId, FileMeasurements measurements) {
                seen.put(path, blobId);
            }
        };

        AnalysisResult result = new Analyzer().analyze(tree, AnalysisOptions.defaults().withMeasurementCache(cache),
                ProgressListener.NONE);

        assertThat(seen).containsOnlyKeys("a.py");
        assertThat(seen.get("a.py")).hasSize(40);
        assertThat(result.files()).hasSize(1);
    }
}
