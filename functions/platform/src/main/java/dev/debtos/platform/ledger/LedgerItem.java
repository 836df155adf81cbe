package dev.debtos.platform.ledger;

import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.Severity;
import java.util.Locale;
import java.util.UUID;

/** A debt_items row as scan results show it. {@code path} and lines are null for repository-wide findings. */
public record LedgerItem(UUID id, String fingerprint, String ruleKey, String type, String severity, String path,
                         Integer startLine, Integer endLine, String title, String message, String evidence,
                         int effortMinutes, double priority, String status, UUID firstSeenScanId, UUID lastSeenScanId) {

    /** The engine's view of the row, for the report writers (SARIF). */
    public Finding asFinding() {
        int start = startLine == null ? 0 : startLine;
        return new Finding(ruleKey, DebtType.valueOf(type.toUpperCase(Locale.ROOT)), Severity.fromKey(severity),
                path == null ? "" : path, start, endLine == null ? start : endLine, message == null ? title : message,
                evidence, effortMinutes, fingerprint, priority);
    }
}
