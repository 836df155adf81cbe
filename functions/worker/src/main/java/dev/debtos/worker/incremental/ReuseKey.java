package dev.debtos.worker.incremental;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What must be equal for a scan to take an earlier scan's results instead of analysing: the commit's tree (equal
 * trees have equal files), the engine build that measured it ({@link MeasurementCodec#ENGINE}), the history depth
 * (quick, standard, full), the single-file cap (which files are checked out at all) and the repository's analysis
 * settings (include, exclude, thresholds: which files are read and what is reported). Stored in the scan's
 * {@code stats.reuseKey} as a SHA-256, beside the tree id in {@code stats.tree}.
 *
 * <p>History is not part of the key: a new commit with the same tree as the scan the ledger reflects (an empty
 * commit, a rewritten message) takes that scan's churn and hotspot figures as they were.
 */
public record ReuseKey(String tree, String value) {

    public static ReuseKey of(String tree, String depth, long maxFileBytes) {
        return of(tree, depth, maxFileBytes, "");
    }

    /** With the analysis settings in force ({@code ""}: the defaults, which leave the key as it was without them). */
    public static ReuseKey of(String tree, String depth, long maxFileBytes, String analysisSettings) {
        String parts = String.join("\n", tree, MeasurementCodec.ENGINE, depth == null ? "standard" : depth,
                Long.toString(maxFileBytes));
        if (!analysisSettings.isEmpty()) {
            parts = parts + "\n" + analysisSettings;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(parts.getBytes(StandardCharsets.UTF_8));
            return new ReuseKey(tree, HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
