--liquibase formatted sql

--changeset debt-os:018-snapshot-measurements-json
--comment: a snapshot's measurements are only ever read back whole as text (the next scan reuses them) or copied, never
-- queried inside, so they are stored as json (checked, kept as written) rather than jsonb (parsed into a binary form
-- and printed again on every read), and compressed with lz4 rather than pglz: a first scan of java.base writes 9.6 MB
-- of them, which took 1.1 s as jsonb and 0.25 s as json with lz4 (PostgreSQL 15, two busy cores).
ALTER TABLE file_snapshots ALTER COLUMN measurements TYPE json USING measurements::json;
ALTER TABLE file_snapshots ALTER COLUMN measurements SET COMPRESSION lz4;
--rollback ALTER TABLE file_snapshots ALTER COLUMN measurements SET COMPRESSION default;
--rollback ALTER TABLE file_snapshots ALTER COLUMN measurements TYPE jsonb USING measurements::jsonb;
