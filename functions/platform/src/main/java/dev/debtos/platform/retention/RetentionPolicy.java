package dev.debtos.platform.retention;

import java.time.Duration;

/**
 * How long each kind of operational data is kept. The ledger (debt items and their events) is never purged: it is
 * the product. Defaults: finished scans 90 days (their file snapshots with them); file snapshots of older scans
 * 30 days (the bulk of the data; the scan row and its stats stay until the scan goes); webhook deliveries 30 days
 * (their idempotency matters for minutes, their record for support); audit entries 365 days. The latest completed
 * scan of every repository is always kept with its snapshots: incremental scans and the dashboard start from it.
 */
public record RetentionPolicy(Duration scans, Duration snapshots, Duration webhookDeliveries, Duration auditEntries) {
    public static final RetentionPolicy DEFAULT =
            new RetentionPolicy(Duration.ofDays(90), Duration.ofDays(30), Duration.ofDays(30), Duration.ofDays(365));

    public RetentionPolicy {
        for (Duration d : new Duration[] {scans, snapshots, webhookDeliveries, auditEntries}) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("retention periods must be longer than zero");
            }
        }
    }
}
