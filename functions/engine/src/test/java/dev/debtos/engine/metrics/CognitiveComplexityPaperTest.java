package dev.debtos.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The worked examples of SonarSource's Cognitive Complexity white paper (v1.5, 2021) must score what the paper
 * says. Each fixture in fixtures/cognitive states its target in an {@code expect name=total} comment line; the
 * full table is restated here so that editing a fixture cannot quietly move a target. See the README there for
 * the examples left out and why.
 */
class CognitiveComplexityPaperTest {

    private static final String FIXTURES = "cognitive";
    private static final Pattern EXPECT = Pattern.compile("^\\s*//\\s*expect\\s+(.+)$", Pattern.MULTILINE);
    private static final Pattern PAIR = Pattern.compile("(\\w+)=(\\d+)");

    /** The paper's totals. */
    private static final Map<String, Integer> PAPER = paperTotals();

    private static Map<String, Integer> paperTotals() {
        Map<String, Integer> totals = new LinkedHashMap<>();
        totals.put("sumOfPrimes", 7);
        totals.put("getWords", 1);
        totals.put("mixedOperators", 4);
        totals.put("negatedGroup", 3);
        totals.put("myMethod", 9);
        totals.put("myMethod2", 2);
        totals.put("overriddenSymbolFrom", 19);
        totals.put("addVersion", 35);
        totals.put("toRegexp", 20);
        totals.put("save", 20);
        return totals;
    }

    static List<String> examples() {
        return FixtureFiles.sourceNames(FIXTURES);
    }

    @Test
    void fixturesStateExactlyThePapersTotals() {
        Map<String, Integer> stated = new LinkedHashMap<>();
        for (String file : examples()) {
            expectations(file).forEach((name, total) ->
                    assertThat(stated.put(name, total)).as("%s is expected twice", name).isNull());
        }
        assertThat(stated).containsExactlyInAnyOrderEntriesOf(PAPER);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void engineScoresTheExampleAsThePaperDoes(String file) {
        Map<String, Integer> expected = expectations(file);
        assertThat(expected).as("expect line in %s", file).isNotEmpty();
        FileMetrics measured = FileMeasurer.measure(FixtureFiles.sourceFile(FIXTURES, file));

        List<String> differences = new ArrayList<>();
        expected.forEach((name, total) -> {
            List<FunctionMetrics> named = measured.functions().stream().filter(f -> f.name().equals(name)).toList();
            if (named.size() != 1) {
                differences.add(name + ": expected one function with this name, engine reported " + named.size());
            } else if (named.getFirst().cognitive() != total) {
                differences.add(name + ": paper " + total + ", engine " + named.getFirst().cognitive());
            }
        });
        assertThat(differences)
                .withFailMessage(() -> file + " does not score as in the paper:\n  "
                        + String.join("\n  ", differences) + "\nengine reported: "
                        + measured.functions().stream()
                                .map(f -> f.name() + "@" + f.startLine() + " cognitive=" + f.cognitive())
                                .collect(Collectors.joining(", ")))
                .isEmpty();
    }

    private static Map<String, Integer> expectations(String file) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        Matcher line = EXPECT.matcher(FixtureFiles.text(FIXTURES, file));
        while (line.find()) {
            Matcher pair = PAIR.matcher(line.group(1));
            while (pair.find()) {
                expected.put(pair.group(1), Integer.parseInt(pair.group(2)));
            }
        }
        return expected;
    }
}
