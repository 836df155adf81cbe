package dev.debtos.engine.findings;

/**
 * Another place that belongs to a finding (each further copy of a duplicated block): path relative to the repository
 * root, inclusive 1-based lines, and the 1-based column the place starts at (0 where the lexer does not know it).
 */
public record FindingLocation(String path, int startLine, int endLine, int startColumn) {
}
