package dev.debtos.engine.lexer;

/** A comment with its delimiters stripped ({@code //}, {@code #}, {@code /* *\/}), and its first and last line (1-based). */
public record Comment(String text, int startLine, int endLine) {
}
