package dev.debtos.worker.llm;

import dev.debtos.engine.metrics.FileMetrics;
import dev.debtos.engine.metrics.FunctionMetrics;
import dev.debtos.engine.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

/**
 * Cuts what is sent of a file: the whole file when it has at most {@link #MAX_LINES} lines, else its most complex
 * functions (cyclomatic, then length) until {@link #MAX_LINES} lines are taken. Lines longer than
 * {@link #MAX_LINE_CHARS} are cut. The cut depends only on the file's text, so the same blob is always sent the
 * same way and its cached answer stays valid.
 */
final class ExcerptBuilder {
    static final int MAX_LINES = 300;
    static final int MAX_LINE_CHARS = 240;

    private ExcerptBuilder() {
    }

    static Excerpt of(SourceFile source, FileMetrics metrics, SecretMasker masker) {
        String text = source.text();
        String[] lines = text.split("\n", -1);
        int count = text.endsWith("\n") ? lines.length - 1 : lines.length;
        TreeMap<Integer, String> sent = new TreeMap<>();
        if (count <= MAX_LINES || metrics == null || metrics.functions().isEmpty()) {
            for (int line = 1; line <= Math.min(count, MAX_LINES); line++) {
                sent.put(line, prepare(masker, line, lines[line - 1]));
            }
        } else {
            List<FunctionMetrics> worst = metrics.functions().stream()
                    .sorted(Comparator.comparingInt(FunctionMetrics::cyclomatic).reversed()
                            .thenComparing(Comparator.comparingInt(FunctionMetrics::nloc).reversed())
                            .thenComparingInt(FunctionMetrics::startLine))
                    .toList();
            for (FunctionMetrics function : worst) {
                int first = Math.max(1, function.startLine());
                int last = Math.min(count, Math.max(first, function.endLine()));
                if (sent.size() + (last - first + 1) > MAX_LINES) {
                    continue;
                }
                for (int line = first; line <= last; line++) {
                    sent.put(line, prepare(masker, line, lines[line - 1]));
                }
            }
        }
        return new Excerpt(source.path(), blobId(text), count, sent);
    }

    static String prepare(SecretMasker masker, int number, String line) {
        String clean = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        String masked = masker.mask(number, clean);
        return masked.length() > MAX_LINE_CHARS ? masked.substring(0, MAX_LINE_CHARS) : masked;
    }

    /** Git's blob id of the text (SHA-1 over {@code blob <length>\0} and the UTF-8 bytes), as git stores the file. */
    static String blobId(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(("blob " + bytes.length + "\0").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha1.digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
