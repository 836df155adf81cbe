package dev.debtos.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.debtos.engine.source.Language;
import dev.debtos.engine.source.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * A block passed to an iteration method ({@code items.each do |x|}, {@code items.forEach { }}, {@code items.foreach {
 * }}) is a closure, not a loop statement: it adds nothing itself and raises the nesting of what it holds by one, as
 * SonarSource's white paper counts lambdas and closures. So {@code if} inside it counts 2 (1 + nesting 1), and the
 * same {@code if} inside a {@code for} loop counts 3 (the loop 1, the if 1 + nesting 1).
 */
class IterationBlockTest {

    private static FileMetrics measure(String path, Language language, String code) {
        return FileMeasurer.measure(new SourceFile(path, language, code.toCharArray()));
    }

    @Test
    void rubyBlocksRaiseNestingAndCountNothing() {
        String code = """
                def with_do(items)
                  items.each do |x|
                    if x > 0
                      puts x
                    end
                  end
                end

                def with_braces(items)
                  items.each { |x| puts x if x > 0 }
                end

                def with_for(items)
                  for x in items
                    if x > 0
                      puts x
                    end
                  end
                end
                """;
        assertThat(measure("a.rb", Language.RUBY, code).functions())
                .extracting(FunctionMetrics::name, FunctionMetrics::cognitive, FunctionMetrics::cyclomatic)
                .containsExactly(tuple("with_do", 2, 2), tuple("with_braces", 2, 2), tuple("with_for", 3, 3));
    }

    @Test
    void kotlinTrailingLambdasRaiseNestingAndCountNothing() {
        String code = """
                fun positives(items: List<Int>) {
                    items.forEach {
                        if (it > 0) println(it)
                    }
                }
                """;
        assertThat(measure("A.kt", Language.KOTLIN, code).functions())
                .extracting(FunctionMetrics::name, FunctionMetrics::cognitive, FunctionMetrics::cyclomatic)
                .containsExactly(tuple("positives", 2, 2));
    }

    @Test
    void scalaClosuresRaiseNestingAndCountNothing() {
        String code = """
                object A {
                  def positives(items: List[Int]): Unit = {
                    items.foreach { x =>
                      if (x > 0) println(x)
                    }
                  }
                }
                """;
        assertThat(measure("A.scala", Language.SCALA, code).functions())
                .extracting(FunctionMetrics::name, FunctionMetrics::cognitive, FunctionMetrics::cyclomatic)
                .containsExactly(tuple("positives", 2, 2));
    }

    @Test
    void swiftClosuresRaiseNestingAndCountNothing() {
        String code = """
                func positives(items: [Int]) {
                    items.forEach { x in
                        if x > 0 {
                            print(x)
                        }
                    }
                }
                """;
        assertThat(measure("A.swift", Language.SWIFT, code).functions())
                .extracting(FunctionMetrics::name, FunctionMetrics::cognitive, FunctionMetrics::cyclomatic)
                .containsExactly(tuple("positives", 2, 2));
    }
}
