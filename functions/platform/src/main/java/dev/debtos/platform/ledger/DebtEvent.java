package dev.debtos.platform.ledger;

import java.time.Instant;
import java.util.UUID;

/** A debt_item_events row: {@code kind} status_change | feedback | detected | resolved | reopened. */
public record DebtEvent(UUID id, String kind, String fromStatus, String toStatus, UUID actorId, String note,
                        String payloadJson, Instant createdAt) {
}
