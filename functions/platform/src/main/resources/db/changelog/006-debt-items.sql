--liquibase formatted sql

--changeset debt-os:006-debt-items
--comment: the debt ledger (one row per finding per repository, across scans) and its event history.
CREATE TABLE debt_items (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    repository_id      uuid NOT NULL REFERENCES repositories (id) ON DELETE CASCADE,
    -- Stable across scans and line moves (rule + path + normalised code). The ledger upserts on it.
    fingerprint        text NOT NULL,
    rule_key           text NOT NULL,
    type               text NOT NULL CHECK (type IN (
                           'code_smell', 'complexity', 'duplication', 'dead_code', 'circular_dependency',
                           'layer_violation', 'god_class', 'feature_envy', 'outdated_dependency',
                           'vulnerable_dependency', 'missing_lock_file', 'low_coverage', 'missing_tests',
                           'flaky_tests', 'missing_docs', 'outdated_docs', 'hardcoded_config', 'security_issue')),
    severity           text NOT NULL CHECK (severity IN ('critical', 'high', 'medium', 'low', 'info')),
    confidence         real NOT NULL DEFAULT 1 CHECK (confidence BETWEEN 0 AND 1),
    -- NULL for repository-wide findings (missing lock file, low coverage).
    path               text,
    start_line         integer CHECK (start_line >= 1),
    end_line           integer,
    title              text NOT NULL,
    message            text,
    evidence           text,
    suggested_fix      text,
    effort_minutes     integer NOT NULL DEFAULT 0 CHECK (effort_minutes >= 0),
    priority           numeric(12, 4) NOT NULL DEFAULT 0,
    status             text NOT NULL DEFAULT 'open'
                       CHECK (status IN ('open', 'acknowledged', 'planned', 'in_progress', 'resolved', 'wont_fix')),
    -- Purging old scans keeps the ledger: the item only forgets which scan saw it.
    first_seen_scan_id uuid REFERENCES scans (id) ON DELETE SET NULL,
    last_seen_scan_id  uuid REFERENCES scans (id) ON DELETE SET NULL,
    resolved_at        timestamptz,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    -- The same fingerprint in two repositories is two findings. Within one repository it is one.
    CONSTRAINT uq_debt_items_repository_fingerprint UNIQUE (repository_id, fingerprint),
    CONSTRAINT ck_debt_items_lines CHECK (end_line IS NULL OR (start_line IS NOT NULL AND end_line >= start_line)),
    CONSTRAINT ck_debt_items_lines_need_path CHECK (start_line IS NULL OR path IS NOT NULL),
    -- resolved_at is set exactly while the item is resolved. Reopening clears it.
    CONSTRAINT ck_debt_items_resolved_at CHECK ((status = 'resolved') = (resolved_at IS NOT NULL))
);
-- GET /repos/{id}/debt filters by status, severity or type and sorts by priority. Each filter gets an
-- index whose order already is the sort order, so a page is an index range scan.
CREATE INDEX idx_debt_items_repository_status_priority ON debt_items (repository_id, status, priority DESC);
CREATE INDEX idx_debt_items_repository_severity_priority ON debt_items (repository_id, severity, priority DESC);
CREATE INDEX idx_debt_items_repository_type_priority ON debt_items (repository_id, type, priority DESC);
CREATE INDEX idx_debt_items_repository_priority ON debt_items (repository_id, priority DESC);
-- Findings of one file or directory (path = ? or path LIKE 'dir/%' with text_pattern_ops).
CREATE INDEX idx_debt_items_repository_path ON debt_items (repository_id, path text_pattern_ops);
-- ON DELETE SET NULL from scans (retention) must not scan the whole ledger.
CREATE INDEX idx_debt_items_first_seen_scan ON debt_items (first_seen_scan_id) WHERE first_seen_scan_id IS NOT NULL;
CREATE INDEX idx_debt_items_last_seen_scan ON debt_items (last_seen_scan_id) WHERE last_seen_scan_id IS NOT NULL;

CREATE TABLE debt_item_events (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    debt_item_id uuid NOT NULL REFERENCES debt_items (id) ON DELETE CASCADE,
    kind         text NOT NULL CHECK (kind IN ('status_change', 'feedback', 'detected', 'resolved', 'reopened')),
    from_status  text CHECK (from_status IN ('open', 'acknowledged', 'planned', 'in_progress', 'resolved', 'wont_fix')),
    to_status    text CHECK (to_status IN ('open', 'acknowledged', 'planned', 'in_progress', 'resolved', 'wont_fix')),
    -- NULL actor: the scan ledger did it, or the user has since been deleted.
    actor_id     uuid REFERENCES users (id) ON DELETE SET NULL,
    note         text,
    payload      jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(payload) = 'object'),
    created_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT ck_debt_item_events_status_change
        CHECK (kind <> 'status_change' OR (to_status IS NOT NULL AND from_status IS DISTINCT FROM to_status))
);
-- History of one item, newest first.
CREATE INDEX idx_debt_item_events_item_created ON debt_item_events (debt_item_id, created_at DESC);
CREATE INDEX idx_debt_item_events_actor ON debt_item_events (actor_id) WHERE actor_id IS NOT NULL;
--rollback DROP TABLE debt_item_events;
--rollback DROP TABLE debt_items;
