package dev.debtos.platform.scan;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A scan's place in its state machine, stored in {@code scans.status} as its {@link #key()} (the table's CHECK
 * constraint lists the same words): queued → cloning → analyzing → llm → embedding → completed | failed | cancelled.
 */
public enum ScanStatus {
    QUEUED, CLONING, ANALYZING, LLM, EMBEDDING, COMPLETED, FAILED, CANCELLED;

    /** The statuses of a scan that still runs or waits to run; every other status is final. */
    public static final Set<ScanStatus> ACTIVE = EnumSet.of(QUEUED, CLONING, ANALYZING, LLM, EMBEDDING);
    /** {@link #ACTIVE} as an SQL list, {@code ('queued', 'cloning', ...)}, for {@code status IN ...}. */
    public static final String ACTIVE_SQL = ACTIVE.stream().map(s -> "'" + s.key() + "'")
            .collect(Collectors.joining(", ", "(", ")"));

    private final String key = name().toLowerCase(Locale.ROOT);

    /** The stored word. */
    public String key() {
        return key;
    }

    public boolean isFinal() {
        return !ACTIVE.contains(this);
    }

    /** The status a stored word names. */
    public static ScanStatus fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown scan status: " + key));
    }

    @Override
    public String toString() {
        return key;
    }
}
