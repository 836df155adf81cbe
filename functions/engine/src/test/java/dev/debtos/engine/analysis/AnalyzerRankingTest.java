package dev.debtos.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.engine.ProgressListener;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole analyzer on a repository without history, where every file has the same interest: what ranks a finding is
 * how far past its threshold its measure is. A function far past its threshold outranks a borderline function, a
 * borderline god class, a large file of static functions and a worse function in a test.
 */
class AnalyzerRankingTest {
    @TempDir
    Path repo;

    private void write(String path, String content) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    /** A method whose if-statements nest {@code depth} deep, {@code runs} times over: cognitive grows with both. */
    private static String tangled(String name, int runs, int depth) {
        StringBuilder code = new StringBuilder("    int " + name + "(int a, int b) {\n");
        for (int r = 0; r < runs; r++) {
            for (int d = 0; d < depth; d++) {
                code.append("  ".repeat(d)).append("        if (a > ").append(r * 10 + d).append(" && b < ").append(d).append(") {\n");
            }
            code.append("  ".repeat(depth)).append("        a += b;\n");
            for (int d = depth - 1; d >= 0; d--) {
                code.append("  ".repeat(d)).append("        }\n");
            }
        }
        return code.append("        return a;\n    }\n").toString();
    }

    /** A class of {@code count} small methods, instance or static, each a few lines of code. */
    private static String manyMethods(String className, int count, boolean isStatic) {
        StringBuilder code = new StringBuilder("class " + className + " {\n");
        if (isStatic) {
            code.append("    public ").append(className).append("() {\n    }\n");
        } else {
            code.append("    private int total;\n");
        }
        for (int i = 0; i < count; i++) {
            code.append("    ").append(isStatic ? "public static " : "public ").append("int add").append(i)
                    .append("(int a, int b) {\n        int c = a + b;\n        if (c > ").append(i).append(") {\n")
                    .append("            c -= ").append(i).append(";\n        }\n        int d = c * 2;\n")
                    .append("        return d + ").append(i).append(";\n    }\n");
        }
        return code.append("}\n").toString();
    }

    @Test
    void theFunctionFurthestPastItsThresholdRanksFirst() throws Exception {
        write("src/main/java/shop/Router.java", "class Router {\n" + tangled("route", 5, 4) + "}\n");
        write("src/main/java/shop/Prices.java", "class Prices {\n" + tangled("price", 4, 2) + "}\n");
        write("src/main/java/shop/Orders.java", manyMethods("Orders", 100, false));
        write("src/main/java/shop/MathUtils.java", manyMethods("MathUtils", 400, true));
        write("src/test/java/shop/RouterTest.java", "class RouterTest {\n" + tangled("check", 8, 5) + "}\n");

        AnalysisResult result = new Analyzer().analyze(repo, AnalysisOptions.defaults().withoutHistory(), ProgressListener.NONE);

        List<Finding> findings = result.findings();
        Finding route = only(findings, "Router.java", "DEBT-COMPLEXITY-001");
        Finding price = only(findings, "Prices.java", "DEBT-COMPLEXITY-001");
        Finding orders = only(findings, "Orders.java", "DEBT-GODCLASS-001");
        Finding utilities = only(findings, "MathUtils.java", "DEBT-GODCLASS-001");
        assertThat(route.message()).contains("'route'");
        assertThat(route.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(price.severity()).as("just over the cognitive threshold").isEqualTo(Severity.LOW);
        assertThat(orders.excess()).as("just over the line threshold, with many functions").isLessThan(2);
        assertThat(utilities.severity()).as("static functions only: the ratio is halved").isEqualTo(Severity.HIGH);

        assertThat(findings.getFirst()).isEqualTo(route);
        assertThat(route.priority()).isGreaterThan(utilities.priority());
        assertThat(utilities.priority()).isGreaterThan(orders.priority());
        assertThat(orders.priority()).isGreaterThan(price.priority());
        assertThat(findings.indexOf(route)).isLessThan(findings.indexOf(utilities));
        assertThat(findings.indexOf(orders)).isLessThan(findings.indexOf(price));
        assertThat(findings.getLast().path()).as("a worse function in a test ranks below production code")
                .endsWith("RouterTest.java");
    }

    private static Finding only(List<Finding> findings, String file, String ruleKey) {
        List<Finding> in = findings.stream().filter(f -> f.path().endsWith("/" + file) && f.ruleKey().equals(ruleKey)).toList();
        assertThat(in).as(file).hasSize(1);
        return in.getFirst();
    }
}
