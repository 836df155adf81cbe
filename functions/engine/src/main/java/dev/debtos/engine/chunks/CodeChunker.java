package dev.debtos.engine.chunks;

import dev.debtos.engine.metrics.FileMetrics;
import dev.debtos.engine.metrics.FunctionMetrics;
import dev.debtos.engine.source.SourceFile;
import dev.debtos.engine.secrets.SecretMask;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * Splits a measured file into the chunks that are embedded: one per outermost function (nested functions and lambdas
 * stay inside theirs), and windows of {@link #WINDOW_LINES} lines for the code between functions and for languages
 * whose functions the engine does not know. A function longer than {@link #MAX_FUNCTION_LINES} lines is cut into
 * windows named after it: one vector cannot stand for hundreds of lines, and the model reads only the first few
 * hundred tokens anyway. Windows with less than {@link #MIN_WINDOW_CHARACTERS} characters of code (closing braces,
 * a lone import) are left out.
 */
public final class CodeChunker {
    public static final int WINDOW_LINES = 40;
    public static final int MAX_FUNCTION_LINES = 150;
    public static final int MIN_WINDOW_CHARACTERS = 60;
    /**
     * What the model sees of a chunk: all-MiniLM-L6-v2 was trained on up to 256 word pieces, about this many characters
     * of code; longer input costs time (attention grows with its square) for little meaning.
     */
    public static final int MAX_EMBEDDED_CHARACTERS = 700;
    private static final int SNIPPET_LINES = 12;
    private static final int SNIPPET_CHARACTERS = 600;

    public List<CodeChunk> chunks(FileMetrics file, SourceFile source) {
        int lines = Math.max(file.physicalLines(), 1);
        List<CodeChunk> chunks = new ArrayList<>();
        int next = 1;
        for (FunctionMetrics function : outermost(file.functions())) {
            if (function.startLine() < next) {
                continue;
            }
            windows(source, next, function.startLine() - 1, null, chunks);
            int end = Math.min(function.endLine(), lines);
            if (end - function.startLine() + 1 > MAX_FUNCTION_LINES) {
                windows(source, function.startLine(), end, function.name(), chunks);
            } else {
                add(source, function.startLine(), end, function.name(), 0, chunks);
            }
            next = end + 1;
        }
        windows(source, next, lines, null, chunks);
        return chunks;
    }

    private static List<FunctionMetrics> outermost(List<FunctionMetrics> functions) {
        List<FunctionMetrics> sorted = new ArrayList<>(functions);
        sorted.sort(Comparator.comparingInt(FunctionMetrics::startLine).thenComparing(f -> -f.endLine()));
        List<FunctionMetrics> outer = new ArrayList<>();
        int coveredTo = 0;
        for (FunctionMetrics function : sorted) {
            if (function.startLine() > coveredTo) {
                outer.add(function);
                coveredTo = function.endLine();
            }
        }
        return outer;
    }

    private static void windows(SourceFile source, int from, int to, String name, List<CodeChunk> chunks) {
        for (int start = from; start <= to; start += WINDOW_LINES) {
            add(source, start, Math.min(to, start + WINDOW_LINES - 1), name, MIN_WINDOW_CHARACTERS, chunks);
        }
    }

    private static void add(SourceFile source, int start, int end, String name, int minimum, List<CodeChunk> chunks) {
        if (end < start) {
            return;
        }
        // Chunks leave the engine (stored snippets, an embedding provider's API): secrets are masked first, as in
        // every other text that leaves it. Masking goes line by line, so only the lines that reach the embedded text
        // or the snippet are masked: the rest of a long window changes neither, nor whether it is kept.
        String raw = source.lines(start, end);
        StringBuilder text = new StringBuilder(Math.min(raw.length(), MAX_EMBEDDED_CHARACTERS + 160));
        StringBuilder snippet = new StringBuilder(Math.min(raw.length(), SNIPPET_CHARACTERS + 160));
        int visible = 0; // characters of the normalised text other than spaces and line breaks
        int line = 0;
        for (int from = 0; from <= raw.length(); line++) {
            boolean textOpen = text.length() < MAX_EMBEDDED_CHARACTERS || visible < minimum;
            boolean snippetOpen = line < SNIPPET_LINES && snippet.length() < SNIPPET_CHARACTERS;
            if (!textOpen && !snippetOpen) {
                break;
            }
            int newline = raw.indexOf('\n', from);
            int to = newline < 0 ? raw.length() : newline;
            String masked = SecretMask.maskLine(raw.substring(from, to));
            if (snippetOpen) {
                if (line > 0) {
                    snippet.append('\n');
                }
                snippet.append(masked);
            }
            if (textOpen) {
                visible += appendNormalised(masked, text);
            }
            if (newline < 0) {
                break;
            }
            from = newline + 1;
        }
        if (text.isEmpty() || visible < minimum) {
            return;
        }
        String embedded = text.length() > MAX_EMBEDDED_CHARACTERS ? text.substring(0, MAX_EMBEDDED_CHARACTERS) : text.toString();
        String shown = snippet.length() > SNIPPET_CHARACTERS ? snippet.substring(0, SNIPPET_CHARACTERS) : snippet.toString();
        chunks.add(new CodeChunk(source.path(), source.language().name().toLowerCase(java.util.Locale.ROOT), chunks.size(),
                start, end, name, embedded, hash(embedded), shown));
    }

    /** Lines trimmed, blank lines dropped, runs of white space as one space: reformatting keeps the hash. */
    static String normalise(String raw) {
        StringBuilder text = new StringBuilder(raw.length());
        for (int from = 0; from <= raw.length(); ) {
            int newline = raw.indexOf('\n', from);
            int to = newline < 0 ? raw.length() : newline;
            appendNormalised(raw.substring(from, to), text);
            if (newline < 0) {
                break;
            }
            from = newline + 1;
        }
        return text.toString();
    }

    /**
     * Appends one line to a normalised text: stripped ({@link String#strip}), its inner runs of spaces, tabs, form
     * feeds and carriage returns as one space, after a line break when the text already has a line; a blank line adds
     * nothing. Returns how many characters other than spaces it added.
     */
    private static int appendNormalised(String line, StringBuilder text) {
        int first = 0;
        int last = line.length();
        while (first < last && Character.isWhitespace(line.charAt(first))) {
            first++;
        }
        while (last > first && Character.isWhitespace(line.charAt(last - 1))) {
            last--;
        }
        if (first == last) {
            return 0;
        }
        if (!text.isEmpty()) {
            text.append('\n');
        }
        int visible = 0;
        boolean space = false;
        for (int i = first; i < last; i++) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r') {
                space = true;
            } else {
                if (space) {
                    text.append(' ');
                    space = false;
                }
                text.append(c);
                visible++;
            }
        }
        return visible;
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
