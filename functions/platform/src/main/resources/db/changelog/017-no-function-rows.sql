--liquibase formatted sql

--changeset debt-os:017-no-function-rows
--comment: a snapshot's functions and their metrics are part of its measurements JSON (013), the form every reader
-- takes (incremental scans); function_metrics repeated them row by row (a first scan of java.base: 51,000 rows, half
-- of the ledger write) and nothing read them, so the table goes.
DROP TABLE function_metrics;
--rollback CREATE TABLE function_metrics (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), snapshot_id uuid NOT NULL REFERENCES file_snapshots (id) ON DELETE CASCADE, name text NOT NULL, start_line integer NOT NULL CHECK (start_line >= 1), end_line integer NOT NULL, nloc integer NOT NULL DEFAULT 0 CHECK (nloc >= 0), cyclomatic integer NOT NULL DEFAULT 1 CHECK (cyclomatic >= 1), cognitive integer NOT NULL DEFAULT 0 CHECK (cognitive >= 0), nesting integer NOT NULL DEFAULT 0 CHECK (nesting >= 0), params integer NOT NULL DEFAULT 0 CHECK (params >= 0), CONSTRAINT ck_function_metrics_lines CHECK (end_line >= start_line));
--rollback CREATE INDEX idx_function_metrics_snapshot_cognitive ON function_metrics (snapshot_id, cognitive DESC);
