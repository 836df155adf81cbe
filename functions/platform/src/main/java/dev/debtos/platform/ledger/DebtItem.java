package dev.debtos.platform.ledger;

import java.time.Instant;
import java.util.UUID;

/** A debt_items row as the API shows it (evidence and suggested fix only on the detail route). */
public record DebtItem(UUID id, UUID repositoryId, String ruleKey, String type, String severity, double confidence,
                       String path, Integer startLine, Integer endLine, String title, String message, String evidence,
                       String suggestedFix, int effortMinutes, double priority, String status, UUID firstSeenScanId,
                       UUID lastSeenScanId, Instant resolvedAt, Instant createdAt, Instant updatedAt) {
}
