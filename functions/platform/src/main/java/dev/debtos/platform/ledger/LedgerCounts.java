package dev.debtos.platform.ledger;

/** What one scan did to a repository's ledger: items created, seen again while open, reopened and resolved. */
public record LedgerCounts(int created, int stillOpen, int reopened, int resolved) {
}
