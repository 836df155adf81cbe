package dev.debtos.worker.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.engine.ProgressListener;
import dev.debtos.engine.analysis.AnalysisResult;
import dev.debtos.engine.analysis.MeasurementCache;
import dev.debtos.engine.findings.Finding;
import dev.debtos.worker.GitFixture;
import dev.debtos.worker.ScanAnalyzer;
import dev.debtos.worker.checkout.CheckoutLimits;
import dev.debtos.worker.checkout.LocalCheckout;
import dev.debtos.worker.checkout.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental analysis equals a full analysis of the same commit (findings with their fingerprints, file metrics,
 * clones, cycles, SATD, hotspots, score) over a history of edits, adds, deletes and renames, and re-measures only
 * the files that changed.
 */
class IncrementalAnalysisTest {
    private static final CheckoutLimits LIMITS = new CheckoutLimits(64L << 20, 10_000, 1 << 20, Duration.ofMinutes(2));

    @TempDir
    Path dir;

    @Test
    void incrementalEqualsFullAcrossEditsAddsDeletesAndRenames() throws Exception {
        GitFixture repo = GitFixture.init(dir.resolve("repo"));
        repo.commit("src/main/java/shop/Orders.java", orders("Orders", "Billing", 30));
        repo.commit("src/main/java/shop/Billing.java", billing("Billing", "Orders"));
        repo.commit("src/main/java/shop/Copy.java", orders("Copy", "Billing", 30).replace("// TODO: split", "// nothing"));
        repo.commit("tools/report.py", "# FIXME: quadratic\ndef report(rows):\n    for r in rows:\n        if r:\n            print(r)\n");
        PreviousMeasurements previous = check(repo, PreviousMeasurements.none(), 4, 0);

        repo.commit("src/main/java/shop/Orders.java", orders("Orders", "Billing", 45));   // edit
        previous = check(repo, previous, 4, 3);

        repo.commit("src/main/java/shop/Stock.java", billing("Stock", "Orders"));         // add
        previous = check(repo, previous, 5, 4);

        repo.delete("src/main/java/shop/Billing.java");                                   // delete (breaks the cycle)
        previous = check(repo, previous, 4, 4);

        repo.rename("tools/report.py", "scripts/report.py");                              // rename, same content
        previous = check(repo, previous, 4, 3);

        repo.commit("src/main/java/shop/Billing.java", billing("Billing", "Orders"));     // re-add: the cycle is back
        check(repo, previous, 5, 4);
    }

    /**
     * Checks the repository's HEAD out, analyses it in full and incrementally from {@code previous}, asserts both
     * agree and that exactly {@code reused} of {@code files} measured files were reused; returns this analysis' memory.
     */
    private PreviousMeasurements check(GitFixture repo, PreviousMeasurements previous, int files, int reused)
            throws Exception {
        ScanAnalyzer engine = ScanAnalyzer.engine();
        try (Workspace workspace = new LocalCheckout(LIMITS).checkout(repo.root(), "main", null, dir.resolve("work"))) {
            workspace.checkOut();
            AnalysisResult full = engine.analyze(workspace.tree(), MeasurementCache.NONE, ProgressListener.NONE);
            PreviousMeasurements incremental = PreviousMeasurements.of(previous.measuredFiles());
            AnalysisResult result = engine.analyze(workspace.tree(), incremental, ProgressListener.NONE);

            assertThat(result.files()).hasSize(files).isEqualTo(full.files());
            assertThat(fingerprints(result)).isEqualTo(fingerprints(full)).isNotEmpty();
            assertThat(result.findings()).isEqualTo(full.findings());
            assertThat(result.clones()).isEqualTo(full.clones());
            assertThat(result.cycles()).isEqualTo(full.cycles());
            assertThat(result.satd()).isEqualTo(full.satd());
            assertThat(result.hotspots()).isEqualTo(full.hotspots());
            assertThat(result.score()).isEqualTo(full.score());
            assertThat(result.commit()).isEqualTo(full.commit()).isNotNull();
            assertThat(incremental.reusedFiles()).isEqualTo(reused);
            assertThat(incremental.measuredFiles()).hasSize(files);
            return incremental;
        }
    }

    private static List<String> fingerprints(AnalysisResult result) {
        return result.findings().stream().map(Finding::fingerprint).sorted(Comparator.naturalOrder()).toList();
    }

    /** A class with a long branchy method (complexity, clones between copies), a TODO and an import of another. */
    private static String orders(String name, String other, int branches) {
        StringBuilder ifs = new StringBuilder();
        for (int i = 0; i < branches; i++) {
            ifs.append("        if (total > ").append(i).append(") { total += price * ").append(i).append("; }\n");
        }
        return "package shop;\n\nimport shop." + other + ";\n\n// TODO: split\nclass " + name + " {\n"
                + "    int total(int price, int total) {\n" + ifs + "        return total;\n    }\n}\n";
    }

    private static String billing(String name, String other) {
        return "package shop;\n\nimport shop." + other + ";\n\nclass " + name + " {\n    " + other
                + " source;\n    int amount(int a, int b, int c, int d, int e, int f) {\n        return a + b + c + d + e + f;\n    }\n}\n";
    }

}
