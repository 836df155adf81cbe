--liquibase formatted sql

--changeset debt-os:005-file-snapshots
--comment: per-scan file measurements and per-function metrics.
CREATE TABLE file_snapshots (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    scan_id       uuid NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
    path          text NOT NULL,
    language      text,
    loc           integer NOT NULL DEFAULT 0 CHECK (loc >= 0),
    complexity    integer NOT NULL DEFAULT 0 CHECK (complexity >= 0),
    churn         integer NOT NULL DEFAULT 0 CHECK (churn >= 0),
    hotspot_score double precision NOT NULL DEFAULT 0 CHECK (hotspot_score >= 0),
    -- git blob id of the file's content: an incremental scan reuses measurements of unchanged blobs.
    content_hash  text NOT NULL,
    CONSTRAINT uq_file_snapshots_scan_path UNIQUE (scan_id, path)
);
-- Hotspot ranking of a scan (GET /scans/{id}/files?sort=hotspot).
CREATE INDEX idx_file_snapshots_scan_hotspot ON file_snapshots (scan_id, hotspot_score DESC);

CREATE TABLE function_metrics (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    snapshot_id uuid NOT NULL REFERENCES file_snapshots (id) ON DELETE CASCADE,
    name        text NOT NULL,
    start_line  integer NOT NULL CHECK (start_line >= 1),
    end_line    integer NOT NULL,
    nloc        integer NOT NULL DEFAULT 0 CHECK (nloc >= 0),
    cyclomatic  integer NOT NULL DEFAULT 1 CHECK (cyclomatic >= 1),
    cognitive   integer NOT NULL DEFAULT 0 CHECK (cognitive >= 0),
    nesting     integer NOT NULL DEFAULT 0 CHECK (nesting >= 0),
    params      integer NOT NULL DEFAULT 0 CHECK (params >= 0),
    CONSTRAINT ck_function_metrics_lines CHECK (end_line >= start_line)
);
-- The functions of one file, most complex first (also serves the cascade from file_snapshots).
CREATE INDEX idx_function_metrics_snapshot_cognitive ON function_metrics (snapshot_id, cognitive DESC);
--rollback DROP TABLE function_metrics;
--rollback DROP TABLE file_snapshots;
