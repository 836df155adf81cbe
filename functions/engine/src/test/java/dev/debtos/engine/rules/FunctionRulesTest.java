package dev.debtos.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The four function rules on sample code whose metrics are known. */
class FunctionRulesTest {
    /** cyclomatic 12 (11 ifs), cognitive 11, nesting 1, 8 parameters, 15 code lines. */
    private static final String SAMPLE = """
            class Pricing {
                int price(int a, int b, int c, int d, int e, int f, int g, int h) {
                    int p = 0;
                    if (a > 0) { p++; }
                    if (b > 0) { p++; }
                    if (c > 0) { p++; }
                    if (d > 0) { p++; }
                    if (e > 0) { p++; }
                    if (f > 0) { p++; }
                    if (g > 0) { p++; }
                    if (h > 0) { p++; }
                    if (a > b) { p++; }
                    if (c > d) { p++; }
                    if (e > f) { p++; }
                    return p;
                }
                int small(int x) { return x; }
            }
            """;

    private static List<Finding> run(Rule rule, RuleTestKit kit) {
        return rule.check(kit.context());
    }

    @Test
    void complexFunctionIsReportedOnceWithSeverityByRatio() {
        assertThat(run(new ComplexFunctionRule(), new RuleTestKit().file("src/Pricing.java", SAMPLE)))
                .as("a few paths over the line, easy to read (cyclomatic 12, cognitive 11)").isEmpty();
        List<Finding> findings = run(new ComplexFunctionRule(), new RuleTestKit().file("src/Pricing.java", SAMPLE)
                .thresholds(Map.of("cyclomatic", 6)));
        assertThat(findings).extracting(Finding::ruleKey, Finding::type, Finding::severity, Finding::startLine, Finding::endLine)
                .containsExactly(tuple("DEBT-COMPLEXITY-001", DebtType.COMPLEXITY, Severity.LOW, 2, 16));
        assertThat(findings.getFirst().message()).contains("'price'", "cyclomatic complexity 12");
        assertThat(findings.getFirst().evidence()).startsWith("    int price(");
        // cognitive decides the severity: 11 against 10 is just over (low), against 5 twice (high), against 2 critical
        assertThat(run(new ComplexFunctionRule(), new RuleTestKit().file("src/Pricing.java", SAMPLE)
                .thresholds(Map.of("cyclomatic", 4, "cognitive", 10)))).extracting(Finding::severity, Finding::excess)
                .containsExactly(tuple(Severity.LOW, 1.1));
        assertThat(run(new ComplexFunctionRule(), new RuleTestKit().file("src/Pricing.java", SAMPLE)
                .thresholds(Map.of("cyclomatic", 4, "cognitive", 5)))).extracting(Finding::severity).containsExactly(Severity.HIGH);
        assertThat(run(new ComplexFunctionRule(), new RuleTestKit().file("src/Pricing.java", SAMPLE)
                .thresholds(Map.of("cyclomatic", 4, "cognitive", 2)))).extracting(Finding::severity).containsExactly(Severity.CRITICAL);
        // cyclomatic alone: low however far over, and only at twice its threshold; a flat dispatch (cognitive at most
        // half its threshold): none
        assertThat(run(new ComplexFunctionRule(), new RuleTestKit().file("src/Pricing.java", SAMPLE)
                .thresholds(Map.of("cyclomatic", 4)))).extracting(Finding::severity).containsExactly(Severity.LOW);
        assertThat(run(new ComplexFunctionRule(), new RuleTestKit().file("src/Pricing.java", SAMPLE)
                .thresholds(Map.of("cyclomatic", 7)))).isEmpty();
        assertThat(run(new ComplexFunctionRule(), new RuleTestKit().file("src/Pricing.java", SAMPLE)
                .thresholds(Map.of("cyclomatic", 4, "cognitive", 22)))).isEmpty();
        assertThat(run(new ComplexFunctionRule(), new RuleTestKit().file("src/Pricing.java", SAMPLE)
                .thresholds(Map.of("cyclomatic", 12, "cognitive", 11)))).isEmpty();
    }

    @Test
    void cognitiveComplexityDecidesInEveryLanguage() {
        String ifs = "    if a > 0 { a++ }\n".repeat(12);
        RuleTestKit kit = new RuleTestKit()
                .file("flat.go", "package p\nfunc Flat(a int) int {\n" + ifs + "    return a\n}\n")
                .file("tangled.py", """
                        def tangled(rows):
                            total = 0
                            for row in rows:
                                if row:
                                    for cell in row:
                                        if cell and cell.ok or cell.skip:
                                            while cell.next:
                                                if cell.value > 0:
                                                    total += 1
                                                elif cell.value < 0:
                                                    total -= 1
                            return total
                        """)
                .file("chain.js", "function chain(a) {\n"
                        + "  if (a === 0) { return 0; }\n"
                        + "  for (let i = 0; i < a; i++) {\n    if (i % 2) {\n      if (i % 3) {\n        a++;\n      }\n    }\n  }\n"
                        + "  return a;\n}\n");
        StringBuilder cases = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            cases.append("            case \"").append(i).append("\": return ").append(i).append(";\n");
        }
        kit.file("Versions.java", "class Versions {\n    static int get(String v, int a) {\n"
                + "        if (a > 0) { a++; }\n".repeat(7) + "        switch (v) {\n" + cases
                + "            default: return a;\n        }\n    }\n}\n");
        assertThat(run(new LongFunctionRule(), kit.thresholds(Map.of("functionLines", 11)))).extracting(Finding::path)
                .as("a table of cases is long for its cases; the others for their statements")
                .containsExactlyInAnyOrder("flat.go", "tangled.py");
        assertThat(run(new ComplexFunctionRule(), kit)).extracting(Finding::path, Finding::severity)
                .as("Go: 13 paths, read at a glance; Python: cognitive over 15; JavaScript: small; Java: a table of 32 paths, cognitive 8")
                .containsExactly(tuple("tangled.py", Severity.MEDIUM));
    }

    @Test
    void tooManyParametersAndLongFunction() {
        assertThat(run(new TooManyParametersRule(), new RuleTestKit().file("src/Pricing.java", SAMPLE)))
                .extracting(Finding::ruleKey, Finding::severity).containsExactly(tuple("DEBT-PARAMS-001", Severity.LOW));
        assertThat(run(new LongFunctionRule(), new RuleTestKit().file("src/Pricing.java", SAMPLE))).isEmpty();
        assertThat(run(new LongFunctionRule(), new RuleTestKit().file("src/Pricing.java", SAMPLE)
                .thresholds(Map.of("functionLines", 5)))).extracting(Finding::message)
                .containsExactly("Function 'price' has 15 lines of code (threshold 5)");
        assertThat(run(new LongFunctionRule(), new RuleTestKit().file("src/test/java/PricingTest.java", SAMPLE)
                .thresholds(Map.of("functionLines", 5)))).as("size is not judged in test code").isEmpty();
        assertThat(run(new TooManyParametersRule(), new RuleTestKit().file("src/test/java/PricingTest.java", SAMPLE)))
                .as("nor are test helpers' parameters").isEmpty();
        assertThat(run(new ComplexFunctionRule(), new RuleTestKit().file("api/pricing.pb.go", "package api\n")
                .file("src/test/java/org/x/jmh_generated/Pricing_jmhTest.java", SAMPLE))).as("generated code is not judged").isEmpty();
    }

    @Test
    void pythonCountsOnlyTheParametersACallerMustPass() {
        String code = """
                class Chart:
                    def __init__(self, title, width=80, height=24, colour=None, legend=True, grid=False,
                                 labels=(), axis="x, y"):
                        pass

                    def plot(self, xs, ys, zs, style, scale, origin, clip):
                        pass

                    @classmethod
                    def build(cls, *items, sort, reverse, key, group, limit, **options):
                        pass

                def render(chart, out, width, height, dpi, fmt, /, quality=90):  # one comment (with, commas)
                    pass

                def pad(a, b, c, d, e, f, *, g, h):
                    pass
                """;
        assertThat(run(new TooManyParametersRule(), new RuleTestKit().file("chart.py", code)))
                .extracting(Finding::startLine, Finding::message)
                .containsExactly(tuple(6, "Function 'plot' takes 7 required parameters (threshold 6)"));
        assertThat(run(new TooManyParametersRule(), new RuleTestKit().file("chart.py", code)
                .thresholds(Map.of("parameters", 5)))).extracting(Finding::startLine).containsExactly(6, 13, 16);
        // a language without keyword defaults counts every declared parameter
        assertThat(run(new TooManyParametersRule(), new RuleTestKit().file("chart.go", """
                package chart
                func Render(chart *Chart, out io.Writer, width, height, dpi int, format string, quality int) error {
                    return nil
                }
                """))).extracting(Finding::message).containsExactly("Function 'Render' takes 7 parameters (threshold 6)");
    }

    @Test
    void deepNesting() {
        String nested = """
                def walk(tree):
                    for a in tree:
                        if a:
                            for b in a:
                                while b:
                                    if b.ok:
                                        return b
                """;
        assertThat(run(new DeepNestingRule(), new RuleTestKit().file("walk.py", nested)))
                .extracting(Finding::severity, Finding::message)
                .containsExactly(tuple(Severity.MEDIUM, "Function 'walk' nests control flow 5 levels deep (threshold 4)"));
    }
}
