package dev.debtos.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.debtos.engine.source.Language;
import dev.debtos.engine.source.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * The methods of an anonymous or local class count toward the method that holds them, one level deeper (the white
 * paper's nesting for nested methods; PMD counts the same), and are functions of their own as well. Their cyclomatic
 * complexity and nesting depth stay their own.
 */
class JavaNestedClassesTest {

    @Test
    void anonymousAndLocalClassMethodsCountTowardTheEnclosingMethodOneLevelDeeper() {
        String code = """
                class Q {
                    Runnable task(boolean loud) {
                        if (loud) {
                            System.out.println("loud");
                        }
                        return new Runnable() {
                            public void run() {
                                if (loud) {
                                    System.out.println("run");
                                }
                            }
                        };
                    }
                    int local(int n) {
                        class Counter {
                            int count(int x) {
                                return x > 0 ? x : 0;
                            }
                        }
                        return new Counter().count(n);
                    }
                }
                """;
        FileMetrics measured = FileMeasurer.measure(new SourceFile("Q.java", Language.JAVA, code.toCharArray()));
        assertThat(measured.functions())
                .extracting(FunctionMetrics::name, FunctionMetrics::cognitive, FunctionMetrics::cyclomatic,
                        FunctionMetrics::maxNesting)
                .containsExactly(tuple("task", 3, 2, 1), tuple("run", 1, 2, 1), tuple("local", 2, 1, 0),
                        tuple("count", 1, 2, 1));
    }
}
