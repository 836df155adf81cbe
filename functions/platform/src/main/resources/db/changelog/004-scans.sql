--liquibase formatted sql

--changeset debt-os:004-scans
--comment: scans and their state machine queued -> cloning -> analyzing -> llm -> embedding -> completed | failed | cancelled.
CREATE TABLE scans (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    repository_id    uuid NOT NULL REFERENCES repositories (id) ON DELETE CASCADE,
    status           text NOT NULL DEFAULT 'queued'
                     CHECK (status IN ('queued', 'cloning', 'analyzing', 'llm', 'embedding', 'completed', 'failed', 'cancelled')),
    stage            text,
    progress         smallint NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    trigger          text NOT NULL CHECK (trigger IN ('manual', 'webhook_push', 'webhook_pr', 'schedule')),
    requested_by     uuid REFERENCES users (id) ON DELETE SET NULL,
    branch           text,
    -- Full lower-case hex (SHA-1 or SHA-256 object ids): an abbreviated or upper-case sha would slip past
    -- the one-active-scan index below.
    commit_sha       text CHECK (commit_sha ~ '^[0-9a-f]{40}([0-9a-f]{24})?$'),
    base_sha         text CHECK (base_sha ~ '^[0-9a-f]{40}([0-9a-f]{24})?$'),
    pr_number        integer CHECK (pr_number > 0),
    depth            text NOT NULL DEFAULT 'standard' CHECK (depth IN ('quick', 'standard', 'full')),
    attempt          smallint NOT NULL DEFAULT 0 CHECK (attempt >= 0),
    -- A worker leases a scan while it runs it. An expired lease lets another worker take it over.
    lease_owner      text,
    lease_expires_at timestamptz,
    error            text,
    stats            jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(stats) = 'object'),
    created_at       timestamptz NOT NULL DEFAULT now(),
    started_at       timestamptz,
    finished_at      timestamptz,
    -- A pull-request scan reports what the change adds compared with its base, so it needs both.
    CONSTRAINT ck_scans_pr_scan_has_base CHECK (trigger <> 'webhook_pr' OR (pr_number IS NOT NULL AND base_sha IS NOT NULL)),
    CONSTRAINT ck_scans_lease_complete CHECK ((lease_owner IS NULL) = (lease_expires_at IS NULL)),
    -- finished_at is set exactly when the scan reaches a final state. Retention and durations rely on it.
    CONSTRAINT ck_scans_finished_when_final
        CHECK ((status IN ('completed', 'failed', 'cancelled')) = (finished_at IS NOT NULL)),
    CONSTRAINT ck_scans_finished_after_start CHECK (finished_at IS NULL OR started_at IS NULL OR finished_at >= started_at)
);
-- At most one ACTIVE scan per repository and commit. Webhooks are delivered at least once and people
-- press "scan" twice: the second INSERT fails with unique_violation (23505) and the caller returns the
-- scan already running instead of cloning and analysing the same commit twice. Final states drop out of
-- the index, so the same commit can be rescanned later. A NULL commit_sha (branch head not resolved
-- yet) is not deduplicated.
CREATE UNIQUE INDEX uq_scans_one_active_per_commit ON scans (repository_id, commit_sha)
    WHERE status IN ('queued', 'cloning', 'analyzing', 'llm', 'embedding');
-- GET /repos/{id}/scans, newest first. Also "latest scan of a repository".
CREATE INDEX idx_scans_repository_created ON scans (repository_id, created_at DESC);
-- The reaper finds active scans whose lease expired.
CREATE INDEX idx_scans_active_lease ON scans (lease_expires_at)
    WHERE status IN ('queued', 'cloning', 'analyzing', 'llm', 'embedding');
-- ON DELETE SET NULL from users must not scan the whole table.
CREATE INDEX idx_scans_requested_by ON scans (requested_by) WHERE requested_by IS NOT NULL;
--rollback DROP TABLE scans;
