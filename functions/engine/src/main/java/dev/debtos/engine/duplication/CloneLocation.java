package dev.debtos.engine.duplication;

/** One copy of a duplicated block: file, inclusive line range and the 1-based column it starts at (0: not known). */
public record CloneLocation(String path, int startLine, int endLine, int startColumn) {

    public CloneLocation(String path, int startLine, int endLine) {
        this(path, startLine, endLine, 0);
    }
}
