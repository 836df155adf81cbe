package dev.debtos.platform.ledger;

import dev.debtos.engine.findings.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What one scan does to a repository's debt ledger, decided without I/O from the items already in the ledger and
 * the scan's findings (both keyed by fingerprint):
 * <ul>
 *   <li>a finding with no item is <b>new</b>: an open item and a {@code detected} event;</li>
 *   <li>a finding whose item is not resolved is <b>still open</b>: its details and last-seen scan are refreshed and
 *       its status is kept, so human statuses (acknowledged, planned, in_progress, wont_fix) survive; no event;</li>
 *   <li>a finding whose item is resolved is <b>reopened</b>: open again and a {@code reopened} event;</li>
 *   <li>an item with no finding is <b>resolved</b> with a {@code resolved} event, unless it is already resolved or
 *       is wont_fix: a wont_fix decision stays, so the item does not come back as open if the code returns.</li>
 * </ul>
 * Findings with the same fingerprint count once (the first).
 */
public record LedgerUpdate(List<Finding> created, List<Seen> stillOpen, List<Seen> reopened, List<Existing> resolved) {
    static final Set<String> KEEP_WHEN_GONE = Set.of("resolved", "wont_fix");

    /** An item already in the ledger. */
    public record Existing(UUID id, String fingerprint, String status) {
    }

    /** An existing item and the finding that matched it in this scan. */
    public record Seen(Existing item, Finding finding) {
    }

    public LedgerCounts counts() {
        return new LedgerCounts(created.size(), stillOpen.size(), reopened.size(), resolved.size());
    }

    /** The counts leaving out the findings that are suppressed (they are counted apart, as suppressed). */
    public LedgerCounts counts(Set<String> suppressed) {
        if (suppressed.isEmpty()) {
            return counts();
        }
        return new LedgerCounts((int) created.stream().filter(f -> !suppressed.contains(f.fingerprint())).count(),
                (int) stillOpen.stream().filter(s -> !suppressed.contains(s.finding().fingerprint())).count(),
                (int) reopened.stream().filter(s -> !suppressed.contains(s.finding().fingerprint())).count(), resolved.size());
    }

    public static LedgerUpdate plan(List<Existing> ledger, List<Finding> findings) {
        Map<String, Existing> byFingerprint = new LinkedHashMap<>();
        ledger.forEach(item -> byFingerprint.put(item.fingerprint(), item));
        Map<String, Finding> unique = new LinkedHashMap<>();
        findings.forEach(f -> unique.putIfAbsent(f.fingerprint(), f));

        List<Finding> created = new ArrayList<>();
        List<Seen> stillOpen = new ArrayList<>();
        List<Seen> reopened = new ArrayList<>();
        for (Finding finding : unique.values()) {
            Existing item = byFingerprint.get(finding.fingerprint());
            if (item == null) {
                created.add(finding);
            } else if ("resolved".equals(item.status())) {
                reopened.add(new Seen(item, finding));
            } else {
                stillOpen.add(new Seen(item, finding));
            }
        }
        List<Existing> resolved = new ArrayList<>();
        for (Existing item : byFingerprint.values()) {
            if (!unique.containsKey(item.fingerprint()) && !KEEP_WHEN_GONE.contains(item.status())) {
                resolved.add(item);
            }
        }
        return new LedgerUpdate(List.copyOf(created), List.copyOf(stillOpen), List.copyOf(reopened), List.copyOf(resolved));
    }
}
