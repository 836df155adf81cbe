package dev.debtos.engine.source;

/**
 * One file the engine measures: its path relative to the repository root (always with '/'), its language and
 * its text. Content is held as a char array because the lexers walk it by index.
 */
public record SourceFile(String path, Language language, char[] content) {

    public String text() {
        return new String(content);
    }
}
