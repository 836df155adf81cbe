package dev.debtos.engine.lexer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The tokens of one file in parallel primitive arrays (kind, start, end, line, column), over the file's own
 * characters: millions of tokens per second without an object per token. Also carries the comments and, per
 * physical line, whether it holds code and/or comment text (for blank/comment/code line counts).
 */
public final class TokenStream {
    static final byte LINE_CODE = 1;
    static final byte LINE_COMMENT = 2;

    private final char[] source;
    /** Arrays start at one token per {@value #CHARACTERS_PER_TOKEN} characters (at least 256), and double when full. */
    private static final int CHARACTERS_PER_TOKEN = 8;

    private byte[] kinds;
    private int[] starts;
    private int[] ends;
    private int[] lines;
    private int[] columns;
    private int size;
    private final List<Comment> comments = new ArrayList<>();
    private byte[] lineFlags;
    private final int lineCount;

    TokenStream(char[] source, int lineCount) {
        this.source = source;
        int capacity = Math.max(256, source.length / CHARACTERS_PER_TOKEN);
        this.kinds = new byte[capacity];
        this.starts = new int[capacity];
        this.ends = new int[capacity];
        this.lines = new int[capacity];
        this.columns = new int[capacity];
        this.lineCount = lineCount;
        this.lineFlags = new byte[lineCount + 2];
    }

    void add(TokenKind kind, int start, int end, int line, int column) {
        if (size == kinds.length) {
            int capacity = size * 2;
            kinds = Arrays.copyOf(kinds, capacity);
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            lines = Arrays.copyOf(lines, capacity);
            columns = Arrays.copyOf(columns, capacity);
        }
        kinds[size] = (byte) kind.ordinal();
        starts[size] = start;
        ends[size] = end;
        lines[size] = line;
        columns[size] = column;
        size++;
    }

    void addComment(Comment comment) {
        comments.add(comment);
    }

    void markLines(int fromLine, int toLine, byte flag) {
        for (int line = fromLine; line <= toLine && line < lineFlags.length; line++) {
            lineFlags[line] |= flag;
        }
    }

    /** Forgets what lines hold (a Python docstring turns out to be documentation, not code). */
    void clearLines(int fromLine, int toLine) {
        for (int line = fromLine; line <= toLine && line < lineFlags.length; line++) {
            lineFlags[line] = 0;
        }
    }

    /** Marks as comment the lines of {@code source[from, to)} that hold more than whitespace; {@code firstLine} is from's line. */
    void markCommentText(int from, int to, int firstLine) {
        int line = firstLine;
        boolean text = false;
        for (int i = from; i < to; i++) {
            char c = source[i];
            if (c == '\n') {
                line++;
                text = false;
            } else if (!text && c != ' ' && c != '\t' && c != '\r') {
                text = true;
                markLines(line, line, LINE_COMMENT);
            }
        }
    }

    public int size() {
        return size;
    }

    public TokenKind kind(int index) {
        return TokenKind.of(kinds[index]);
    }

    public int line(int index) {
        return lines[index];
    }

    /** 0-based column of the token's first character (indentation for Python). */
    public int column(int index) {
        return columns[index];
    }

    public int start(int index) {
        return starts[index];
    }

    public int end(int index) {
        return ends[index];
    }

    public String text(int index) {
        return new String(source, starts[index], ends[index] - starts[index]);
    }

    /** Compares a token's text without allocating. */
    public boolean is(int index, String text) {
        if (index < 0 || index >= size) {
            return false;
        }
        int length = ends[index] - starts[index];
        if (length != text.length()) {
            return false;
        }
        int offset = starts[index];
        for (int i = 0; i < length; i++) {
            if (source[offset + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** A hash of the token's text (same text, same hash), for keyword lookup and clone detection. */
    public int textHash(int index) {
        int hash = 0;
        for (int i = starts[index]; i < ends[index]; i++) {
            hash = 31 * hash + source[i];
        }
        return hash;
    }

    public List<Comment> comments() {
        return comments;
    }

    public int lineCount() {
        return lineCount;
    }

    public boolean lineHasCode(int line) {
        return (lineFlags[line] & LINE_CODE) != 0;
    }

    public boolean lineHasComment(int line) {
        return (lineFlags[line] & LINE_COMMENT) != 0;
    }

    public char[] source() {
        return source;
    }
}
