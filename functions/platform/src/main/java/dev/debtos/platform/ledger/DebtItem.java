package dev.debtos.platform.ledger;

import java.time.Instant;
import java.util.UUID;

/**
 * A debt_items row as the API shows it (evidence, suggested fix and related locations only on the detail route).
 *
 * @param relatedLocations the finding's other places (a clone group's other copies) as the stored JSON array
 */
public record DebtItem(UUID id, UUID repositoryId, String ruleKey, String type, String severity, double confidence,
                       String path, Integer startLine, Integer endLine, String title, String message, String evidence,
                       String suggestedFix, int effortMinutes, double priority, String status, UUID firstSeenScanId,
                       UUID lastSeenScanId, Instant resolvedAt, Instant createdAt, Instant updatedAt,
                       String relatedLocations) {
}
