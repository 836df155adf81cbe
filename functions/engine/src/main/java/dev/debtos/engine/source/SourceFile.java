package dev.debtos.engine.source;

import java.util.Arrays;
import java.util.Objects;

/**
 * One file the engine measures: its path relative to the repository root (always with '/'), its language and
 * its text. Content is held as a char array because the lexers walk it by index; line offsets are computed once,
 * on first use, for excerpts.
 */
public final class SourceFile {
    private final String path;
    private final Language language;
    private final char[] content;
    private volatile int[] lineStarts;

    public SourceFile(String path, Language language, char[] content) {
        this.path = Objects.requireNonNull(path);
        this.language = Objects.requireNonNull(language);
        this.content = Objects.requireNonNull(content);
    }

    public String path() {
        return path;
    }

    public Language language() {
        return language;
    }

    public char[] content() {
        return content;
    }

    public String text() {
        return new String(content);
    }

    /** The text of lines {@code first..last} (1-based, inclusive, clamped to the file), without the final newline. */
    public String lines(int first, int last) {
        int[] starts = lineStarts();
        int from = Math.max(1, first);
        int to = Math.min(last, starts.length);
        if (from > to) {
            return "";
        }
        int begin = starts[from - 1];
        int end = to < starts.length ? starts[to] - 1 : content.length;
        return new String(content, begin, Math.max(0, end - begin));
    }

    private int[] lineStarts() {
        int[] starts = lineStarts;
        if (starts == null) {
            int[] offsets = new int[64];
            int count = 1;
            for (int i = 0; i < content.length; i++) {
                if (content[i] == '\n' && i + 1 < content.length) {
                    if (count == offsets.length) {
                        offsets = Arrays.copyOf(offsets, count * 2);
                    }
                    offsets[count++] = i + 1;
                }
            }
            starts = Arrays.copyOf(offsets, count);
            lineStarts = starts;
        }
        return starts;
    }

    @Override
    public String toString() {
        return "SourceFile[" + path + ", " + language + "]";
    }
}
