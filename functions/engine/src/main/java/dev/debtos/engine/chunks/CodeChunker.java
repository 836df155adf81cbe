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
        // every other text that leaves it.
        String raw = SecretMask.mask(source.lines(start, end));
        String text = normalise(raw);
        if (text.isEmpty() || text.replace(" ", "").replace("\n", "").length() < minimum) {
            return;
        }
        if (text.length() > MAX_EMBEDDED_CHARACTERS) {
            text = text.substring(0, MAX_EMBEDDED_CHARACTERS);
        }
        chunks.add(new CodeChunk(source.path(), source.language().name().toLowerCase(java.util.Locale.ROOT), chunks.size(),
                start, end, name, text, hash(text), snippet(raw)));
    }

    /** Lines trimmed, blank lines dropped, runs of white space as one space: reformatting keeps the hash. */
    static String normalise(String raw) {
        StringBuilder text = new StringBuilder(raw.length());
        for (String line : raw.split("\n", -1)) {
            String trimmed = line.strip().replaceAll("\\s+", " ");
            if (!trimmed.isEmpty()) {
                if (!text.isEmpty()) {
                    text.append('\n');
                }
                text.append(trimmed);
            }
        }
        return text.toString();
    }

    private static String snippet(String raw) {
        String[] lines = raw.split("\n", SNIPPET_LINES + 1);
        String head = String.join("\n", java.util.Arrays.asList(lines).subList(0, Math.min(lines.length, SNIPPET_LINES)));
        return head.length() > SNIPPET_CHARACTERS ? head.substring(0, SNIPPET_CHARACTERS) : head;
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
