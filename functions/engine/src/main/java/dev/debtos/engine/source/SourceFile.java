package dev.debtos.engine.source;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One file the engine measures: its path relative to the repository root (always with '/'), its language and
 * its text. Content is held as a char array because the lexers walk it by index; once measured, the analysis keeps a
 * {@link #compact()} copy that holds the text as a string (one byte per character for Latin-1 text) for excerpts.
 * Line offsets are computed once, on first use, for excerpts.
 */
public final class SourceFile {
    private final String path;
    private final Language language;
    private final char[] content;
    private final String compactText;
    /** The file's bytes when they are all ASCII (the same characters as the content), for {@link #compact()}. */
    private final byte[] ascii;
    private volatile int[] lineStarts;

    public SourceFile(String path, Language language, char[] content) {
        this(path, language, Objects.requireNonNull(content), null, null);
    }

    private SourceFile(String path, Language language, char[] content, String compactText, byte[] ascii) {
        this.path = Objects.requireNonNull(path);
        this.language = Objects.requireNonNull(language);
        this.content = content;
        this.compactText = compactText;
        this.ascii = ascii;
    }

    /**
     * A file read from ASCII bytes: {@code content} holds the same characters, and {@link #compact()} copies the
     * bytes into its string instead of narrowing the characters back.
     */
    public static SourceFile ofAscii(String path, Language language, char[] content, byte[] ascii) {
        if (ascii.length != content.length) {
            throw new IllegalArgumentException("the ASCII bytes and the characters differ in length");
        }
        return new SourceFile(path, language, content, null, ascii);
    }

    /** The same file holding its text as a string: half the memory of the char array for Latin-1 text. */
    public SourceFile compact() {
        if (compactText != null) {
            return this;
        }
        String text = ascii != null ? new String(ascii, StandardCharsets.ISO_8859_1) : new String(content);
        return new SourceFile(path, language, null, text, null);
    }

    public String path() {
        return path;
    }

    public Language language() {
        return language;
    }

    /** The characters; a compact file makes a fresh copy on each call. */
    public char[] content() {
        return content != null ? content : compactText.toCharArray();
    }

    public String text() {
        return content != null ? new String(content) : compactText;
    }

    private int length() {
        return content != null ? content.length : compactText.length();
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
        int end = to < starts.length ? starts[to] - 1 : length();
        int count = Math.max(0, end - begin);
        return content != null ? new String(content, begin, count) : compactText.substring(begin, begin + count);
    }

    /** The offset of the first '\n' at or after {@code from}, or -1 ({@link String#indexOf} on a compact file). */
    private int nextNewline(int from) {
        if (compactText != null) {
            return compactText.indexOf('\n', from);
        }
        for (int i = from; i < content.length; i++) {
            if (content[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** The 1-based line holding the character at {@code offset}. */
    public int lineAt(int offset) {
        int[] starts = lineStarts();
        int found = java.util.Arrays.binarySearch(starts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    private int[] lineStarts() {
        int[] starts = lineStarts;
        if (starts == null) {
            int[] offsets = new int[64];
            int count = 1;
            int length = length();
            for (int i = nextNewline(0); i >= 0; i = nextNewline(i + 1)) {
                if (i + 1 < length) {
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
