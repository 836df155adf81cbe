--liquibase formatted sql

--changeset debt-os:001-extensions splitStatements:false rollbackSplitStatements:false
--comment: pgvector (vector type, HNSW index) for file_embeddings.
-- gen_random_uuid() is built into PostgreSQL 13+, so pgcrypto is not needed.
-- pgvector is not a trusted extension: a superuser creates it once per database (scripts/setup locally,
-- the rds_superuser master user in AWS). After that IF NOT EXISTS makes this step a no-op for the
-- unprivileged migration role. HNSW needs pgvector 0.5.0 or newer.
CREATE EXTENSION IF NOT EXISTS vector;
-- Drop the extension only if the migrating role owns it (it created it). An extension a superuser
-- provisioned stays, and DROP without CASCADE refuses while anything still uses the type.
--rollback DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'vector' AND extowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)) THEN DROP EXTENSION vector; END IF; END $$;
