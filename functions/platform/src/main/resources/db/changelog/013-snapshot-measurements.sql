--liquibase formatted sql

--changeset debt-os:013-snapshot-measurements
--comment: what an incremental scan reuses for an unchanged file (same path, same git blob id in content_hash).
-- The engine's per-file measurement (line counts, functions, SATD comments before blame, imports) as JSON; NULL for
-- rows written before this step, which are then simply measured again. content_hash already holds the blob id.
ALTER TABLE file_snapshots ADD COLUMN measurements jsonb;
--rollback ALTER TABLE file_snapshots DROP COLUMN measurements;
