package dev.debtos.platform.ledger;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The status workflow of a debt item. Allowed human transitions (PATCH /api/debt/{id}):
 * <pre>
 * open         → acknowledged | planned | in_progress | wont_fix | resolved
 * acknowledged → planned | in_progress | wont_fix | resolved | open
 * planned      → in_progress | wont_fix | open
 * in_progress  → resolved | planned | open
 * resolved     → open
 * wont_fix     → open
 * suppressed   → open
 * </pre>
 * {@code suppressed} is set by scans only: a new or reopened finding that looks like one a person marked invalid
 * (feedback memory). It is not open debt; a person can reopen it.
 * Staying in the same status is not a transition. The scan ledger moves items on its own (resolved when the code is
 * gone, reopened when it is back, suppressed while a suppression covers it) and is not bound by this table; nobody
 * moves an item into or out of {@code suppressed} by hand: the suppression itself is what to change.
 */
public enum DebtStatus {
    OPEN, ACKNOWLEDGED, PLANNED, IN_PROGRESS, RESOLVED, WONT_FIX, SUPPRESSED;

    /** The statuses of a finding that is still owed: counted as open debt in summaries, trends and hotspots. */
    public static final Set<DebtStatus> UNRESOLVED = EnumSet.of(OPEN, ACKNOWLEDGED, PLANNED, IN_PROGRESS);

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DebtStatus> fromWire(String text) {
        for (DebtStatus status : values()) {
            if (status.wireName().equals(text)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    public Set<DebtStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(ACKNOWLEDGED, PLANNED, IN_PROGRESS, WONT_FIX, RESOLVED);
            case ACKNOWLEDGED -> EnumSet.of(PLANNED, IN_PROGRESS, WONT_FIX, RESOLVED, OPEN);
            case PLANNED -> EnumSet.of(IN_PROGRESS, WONT_FIX, OPEN);
            case IN_PROGRESS -> EnumSet.of(RESOLVED, PLANNED, OPEN);
            case RESOLVED, WONT_FIX -> EnumSet.of(OPEN);
            case SUPPRESSED -> EnumSet.noneOf(DebtStatus.class);
        };
    }

    public boolean canMoveTo(DebtStatus target) {
        return next().contains(target);
    }
}
