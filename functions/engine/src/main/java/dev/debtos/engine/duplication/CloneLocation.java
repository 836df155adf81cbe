package dev.debtos.engine.duplication;

/** One copy of a duplicated block: file and inclusive line range. */
public record CloneLocation(String path, int startLine, int endLine) {
}
