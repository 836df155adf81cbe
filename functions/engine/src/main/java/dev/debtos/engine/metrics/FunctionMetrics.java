package dev.debtos.engine.metrics;

/**
 * Measurements of one function or method.
 *
 * @param nloc       lines of the function that hold code (not blank, not only comment)
 * @param cyclomatic McCabe's cyclomatic complexity, counted as PMD 7 counts it for Java
 * @param cognitive  SonarSource's cognitive complexity
 * @param maxNesting deepest nesting of control structures inside the function (0 = none)
 */
public record FunctionMetrics(String name, int startLine, int endLine, int nloc, int cyclomatic, int cognitive,
                              int maxNesting, int parameters) {
}
