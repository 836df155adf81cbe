package dev.debtos.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.debtos.engine.source.Language;
import dev.debtos.engine.source.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * Cognitive complexity counts recursion once per call to the same method (SonarSource's white paper, and PMD, which
 * resolves calls); a call to an overload of the same name is not recursion, so a family of overloads that delegate to
 * each other adds nothing.
 */
class OverloadRecursionTest {

    @Test
    void aCallToAnOverloadIsNotRecursion() {
        String code = """
                class O {
                    int f(int a) {
                        return f(a, 1);
                    }
                    int f(int a, int b) {
                        return a > 0 ? f(a - 1, b) : b;
                    }
                    int g(int... xs) {
                        return xs.length == 0 ? 0 : g(xs[0]);
                    }
                    int h(java.util.List<String> list) {
                        return list.isEmpty() ? 0 : h(list.subList(1, list.size()));
                    }
                }
                """;
        FileMetrics measured = FileMeasurer.measure(new SourceFile("O.java", Language.JAVA, code.toCharArray()));
        assertThat(measured.functions()).extracting(FunctionMetrics::name, FunctionMetrics::cognitive)
                .containsExactly(tuple("f", 0), tuple("f", 2), tuple("g", 2), tuple("h", 2));
    }
}
