package dev.debtos.engine.metrics;

/**
 * A region being walked inside a function: a brace block, a brace-less statement body ({@code if (a) x();}),
 * or an expression (ternary operands, a lambda's expression body). {@code raises} says whether it raised the
 * cognitive nesting level; {@code control} whether it counts as control-structure nesting.
 */
record Frame(Kind kind, boolean raises, boolean control, int braceDepth, int parenDepth, int line, boolean arms) {

    enum Kind { BRACE, STATEMENT, EXPRESSION }
}
