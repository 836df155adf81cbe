--liquibase formatted sql

--changeset debt-os:012-debt-queries
--comment: ledger_version (cache keys of summary, hotspots and trends) and indexes for the debt list's other sorts.
-- Bumped by every human status change (PATCH /api/debt/{id}). A completed scan moves last_scanned_at in the same
-- transaction, so (last_scanned_at, ledger_version) names one state of a repository's ledger: cache entries are
-- keyed by it and the worker needs no Redis to invalidate them.
ALTER TABLE repositories ADD COLUMN ledger_version bigint NOT NULL DEFAULT 0;
-- GET /repos/{id}/debt?sort=severity: critical first; the expression must equal DebtSort's, or the index is unused.
CREATE INDEX idx_debt_items_repository_severity_rank ON debt_items (repository_id,
    (CASE severity WHEN 'critical' THEN 5 WHEN 'high' THEN 4 WHEN 'medium' THEN 3 WHEN 'low' THEN 2 ELSE 1 END) DESC, priority DESC);
-- ?sort=effort and ?sort=age.
CREATE INDEX idx_debt_items_repository_effort ON debt_items (repository_id, effort_minutes DESC, priority DESC);
CREATE INDEX idx_debt_items_repository_created ON debt_items (repository_id, created_at);
--rollback DROP INDEX idx_debt_items_repository_created;
--rollback DROP INDEX idx_debt_items_repository_effort;
--rollback DROP INDEX idx_debt_items_repository_severity_rank;
--rollback ALTER TABLE repositories DROP COLUMN ledger_version;
