package dev.debtos.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.engine.metrics.ExpectedMetrics.ExpectedFunction;
import dev.debtos.engine.source.Language;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One fixture per language in fixtures/lang, each with a sidecar of hand-computed expectations (definitions in
 * the README there). Every difference between the sidecar and FileMeasurer is reported at once.
 */
class LanguageFixturesTest {

    private static final String FIXTURES = "lang";

    static List<String> fixtures() {
        return FixtureFiles.sourceNames(FIXTURES);
    }

    @Test
    void everyLanguageHasAFixtureAndTsxIsCovered() {
        Set<Language> covered = fixtures().stream()
                .map(name -> Language.byFileName(name).orElseThrow())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Language.class)));
        assertThat(covered).containsExactlyInAnyOrder(Language.values());
        assertThat(fixtures()).anyMatch(name -> name.endsWith(".tsx"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void sidecarIsConsistentWithItsFixture(String file) {
        ExpectedMetrics expected = ExpectedMetrics.parse(FixtureFiles.text(FIXTURES, file + ".expected"));
        String text = FixtureFiles.text(FIXTURES, file);
        int lines = text.isEmpty() ? 0 : text.split("\n", -1).length - (text.endsWith("\n") ? 1 : 0);
        assertThat(expected.physical()).as("physical lines of %s", file).isEqualTo(lines);
        assertThat(expected.blank() + expected.comment() + expected.code()).as("blank+comment+code").isEqualTo(lines);
        assertThat(expected.functions()).as("fn lines").hasSize(expected.functionCount()).hasSizeBetween(3, 6);
        for (ExpectedFunction f : expected.functions()) {
            assertThat(f.nloc()).as("nloc of %s", f.name()).isBetween(1, f.end() - f.start() + 1);
            assertThat(text.split("\n", -1)[f.start() - 1]).as("start line of %s", f.name()).contains(f.name());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void engineMeasuresTheFixtureAsComputedByHand(String file) {
        ExpectedMetrics expected = ExpectedMetrics.parse(FixtureFiles.text(FIXTURES, file + ".expected"));
        FileMetrics actual = FileMeasurer.measure(FixtureFiles.sourceFile(FIXTURES, file));

        List<String> differences = new ArrayList<>();
        compare(differences, "file physical", expected.physical(), actual.physicalLines());
        compare(differences, "file blank", expected.blank(), actual.blankLines());
        compare(differences, "file comment", expected.comment(), actual.commentLines());
        compare(differences, "file code", expected.code(), actual.codeLines());
        compare(differences, "file functions", expected.functionCount(), actual.functions().size());

        List<FunctionMetrics> unmatched = new ArrayList<>(actual.functions());
        for (ExpectedFunction want : expected.functions()) {
            FunctionMetrics got = match(want, unmatched);
            if (got == null) {
                differences.add("fn " + want.name() + "@" + want.start() + ": missing");
                continue;
            }
            unmatched.remove(got);
            String fn = "fn " + want.name() + "@" + want.start() + " ";
            compare(differences, fn + "start", want.start(), got.startLine());
            compare(differences, fn + "end", want.end(), got.endLine());
            compare(differences, fn + "cyclomatic", want.cyclomatic(), got.cyclomatic());
            compare(differences, fn + "cognitive", want.cognitive(), got.cognitive());
            compare(differences, fn + "nesting", want.nesting(), got.maxNesting());
            compare(differences, fn + "params", want.params(), got.parameters());
            compare(differences, fn + "nloc", want.nloc(), got.nloc());
        }
        unmatched.forEach(f -> differences.add("fn " + f.name() + "@" + f.startLine() + ": not expected"));

        assertThat(differences)
                .withFailMessage(() -> differences.size() + " difference(s) in " + file + " (expected vs engine):\n  "
                        + String.join("\n  ", differences))
                .isEmpty();
    }

    /** Same name and start line; failing that, the only function with that name (so its start is reported). */
    private static FunctionMetrics match(ExpectedFunction want, List<FunctionMetrics> candidates) {
        for (FunctionMetrics f : candidates) {
            if (f.name().equals(want.name()) && f.startLine() == want.start()) {
                return f;
            }
        }
        List<FunctionMetrics> sameName = candidates.stream().filter(f -> f.name().equals(want.name())).toList();
        return sameName.size() == 1 ? sameName.getFirst() : null;
    }

    private static void compare(List<String> differences, String what, int expected, int actual) {
        if (expected != actual) {
            differences.add(what + ": expected " + expected + ", engine " + actual);
        }
    }
}
