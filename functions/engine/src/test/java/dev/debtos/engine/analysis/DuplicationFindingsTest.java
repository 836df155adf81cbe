package dev.debtos.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.engine.ProgressListener;
import dev.debtos.engine.duplication.CloneGroup;
import dev.debtos.engine.duplication.CloneLocation;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.FindingLocation;
import dev.debtos.engine.rules.DuplicatedBlockRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Duplication findings on small repositories, through the whole analysis. */
class DuplicationFindingsTest {

    /**
     * A method of 150+ tokens after a documented short method whose body differs per copy but ends like the others
     * ({@code lit ; }}): the longest match starts in that method's tail and takes in the doc comment.
     */
    private static String orders(String name, String rate) {
        return """
                package shop;

                class %s {
                    /** The tax rate. */
                    double rate() {
                        return %s;
                    }

                    /**
                     * Totals an order; every copy of this method is the same logic.
                     */
                    int total(int[] prices, int[] counts, int discount) {
                        int sum = 0;
                        for (int i = 0; i < prices.length; i++) {
                            if (counts[i] > 10) {
                                sum += prices[i] * counts[i] * 9 / 10;
                            } else if (counts[i] > 0) {
                                sum += prices[i] * counts[i];
                            } else {
                                sum -= prices[i];
                            }
                        }
                        while (sum > 1000 && discount > 0) {
                            sum = sum - discount;
                            discount = discount / 2;
                        }
                        String label = "total:" + sum;
                        System.out.println(label);
                        return sum > 0 ? sum : 0;
                    }
                }
                """.formatted(name, rate);
    }

    @TempDir
    Path tree;

    private void write(String path, String content) throws IOException {
        Path file = tree.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private AnalysisResult analyze() {
        return new Analyzer().analyze(tree, AnalysisOptions.defaults().withoutHistory(), ProgressListener.NONE);
    }

    private static List<Finding> duplication(AnalysisResult result) {
        return result.findings().stream().filter(f -> f.ruleKey().equals(DuplicatedBlockRule.KEY)).toList();
    }

    @Test
    void aBlockCopiedIntoThreeFilesIsExactlyOneFindingWithTheOtherTwoAsRelatedLocations() throws IOException {
        write("src/shop/Orders.java", orders("Orders", "0.2"));
        write("src/shop/Returns.java", orders("Returns", "base * 2"));
        write("src/shop/Refunds.java", orders("Refunds", "base * factor + 1"));

        List<Finding> findings = duplication(analyze());

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.path()).isEqualTo("src/shop/Orders.java");
            assertThat(finding.startLine()).as("the method's first line: no doc comment, no tail of rate()").isEqualTo(12);
            assertThat(finding.endLine()).isEqualTo(30);
            assertThat(finding.related()).containsExactly(new FindingLocation("src/shop/Refunds.java", 12, 30, 5),
                    new FindingLocation("src/shop/Returns.java", 12, 30, 5));
        });
    }

    @Test
    void arrayLiteralsOfUnrelatedValuesAreNotReported() throws IOException {
        write("src/Primes.java", "class Primes {\n    static final int[] VALUES = {\n" + numbers(1) + "\n    };\n}\n");
        write("src/Squares.java", "class Squares {\n    static final int[] VALUES = {\n" + numbers(7) + "\n    };\n}\n");

        AnalysisResult result = analyze();

        assertThat(result.clones()).as("found, as data").isNotEmpty();
        assertThat(duplication(result)).isEmpty();
    }

    @Test
    void assertionRunsAgainstDifferentMethodsAreNotReported() throws IOException {
        write("test/CalculatorTest.java", assertions("CalculatorTest", List.of("add", "subtract", "multiply", "divide",
                "power", "modulo", "negate", "absolute", "maximum", "minimum", "average", "median")));
        write("test/StatisticsTest.java", assertions("StatisticsTest", List.of("mean", "variance", "deviation", "range",
                "mode", "skew", "kurtosis", "quantile", "percentile", "sum", "count", "product")));

        AnalysisResult result = analyze();

        assertThat(result.clones()).as("found, as different names").isNotEmpty();
        assertThat(duplication(result)).isEmpty();
    }

    @Test
    void copiesOfARepetitiveRegionNeverShareALine() throws IOException {
        String step = "        total = total + weight(items, index) * factor; index = next(index, step); check(total, index);\n";
        String body = "class Steps {\n    int run(int[] items, int index, int step, int factor) {\n        int total = 0;\n"
                + step.repeat(12) + "        return total;\n    }\n}\n";
        write("src/Steps.java", body);
        write("src/Walk.java", body.replace("Steps", "Walk"));

        for (CloneGroup group : analyze().clones()) {
            List<CloneLocation> copies = group.locations();
            for (int i = 1; i < copies.size(); i++) {
                if (copies.get(i).path().equals(copies.get(i - 1).path())) {
                    assertThat(copies.get(i).startLine()).isGreaterThan(copies.get(i - 1).endLine());
                }
            }
        }
    }

    private static String numbers(int seed) {
        return IntStream.range(0, 80).mapToObj(i -> Integer.toString((i * 7919 + seed * 104729) % 10007))
                .collect(Collectors.joining(", "));
    }

    private static String assertions(String name, List<String> methods) {
        StringBuilder code = new StringBuilder("class " + name + " {\n    @Test\n    void everything() {\n");
        for (int i = 0; i < methods.size(); i++) {
            code.append("        assertEquals(").append(i * 3 + 1).append(", subject.").append(methods.get(i))
                    .append("(").append(i).append(", ").append(i + 2).append("));\n");
        }
        return code.append("    }\n}\n").toString();
    }
}
