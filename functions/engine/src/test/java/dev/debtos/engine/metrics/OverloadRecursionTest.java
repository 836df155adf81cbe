package dev.debtos.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.debtos.engine.source.Language;
import dev.debtos.engine.source.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * Cognitive complexity counts recursion once per call to the same method (SonarSource's white paper, and PMD, which
 * resolves calls); a call to an overload of the same name is not recursion, so a family of overloads that delegate to
 * each other adds nothing. Java overloads of the same arity are told apart by the types the arguments show.
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

    @Test
    void sameArityOverloadsAreToldApartByTheTypesTheArgumentsShow() {
        String code = """
                class P {
                    int size(int a, String s) {
                        return a > 0 ? size(a, s.substring(1)) : 0;
                    }
                    int size(long a, String s) {
                        return size((int) a, s);
                    }
                    int size(String s, int a) {
                        return size(s.length(), s);
                    }
                    static Object of(Object... xs) {
                        return of();
                    }
                    static Object of() {
                        return null;
                    }
                }
                """;
        FileMetrics measured = FileMeasurer.measure(new SourceFile("P.java", Language.JAVA, code.toCharArray()));
        assertThat(measured.functions()).extracting(FunctionMetrics::name, FunctionMetrics::startLine, FunctionMetrics::cognitive)
                .containsExactly(tuple("size", 2, 2), tuple("size", 5, 0), tuple("size", 8, 0), tuple("of", 11, 0),
                        tuple("of", 14, 0));
    }
}
