--liquibase formatted sql

--changeset debt-os:007-file-embeddings
--comment: function-level chunk embeddings (all-MiniLM-L6-v2, 384 dimensions) for semantic search.
CREATE TABLE file_embeddings (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    repository_id uuid NOT NULL REFERENCES repositories (id) ON DELETE CASCADE,
    path          text NOT NULL,
    chunk_index   integer NOT NULL CHECK (chunk_index >= 0),
    start_line    integer NOT NULL CHECK (start_line >= 1),
    end_line      integer NOT NULL,
    content_hash  text NOT NULL,
    embedding     vector(384) NOT NULL,
    model         text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT ck_file_embeddings_lines CHECK (end_line >= start_line),
    -- Changing the model re-embeds alongside the old rows instead of overwriting them mid-migration.
    CONSTRAINT uq_file_embeddings_chunk UNIQUE (repository_id, path, chunk_index, model)
);
-- The embed stage only embeds chunks whose content hash it has not seen for this repository and model.
CREATE INDEX idx_file_embeddings_content_hash ON file_embeddings (repository_id, model, content_hash);
-- Approximate cosine nearest neighbours. The operations guide rebuilds it by this name
-- (REINDEX INDEX CONCURRENTLY idx_file_embeddings_embedding). m/ef_construction are pgvector's defaults,
-- written out so a change is a deliberate migration. Queries filter by repository_id after the index
-- scan: raise hnsw.ef_search (SET LOCAL) or use hnsw.iterative_scan (pgvector 0.8) for small repositories.
CREATE INDEX idx_file_embeddings_embedding ON file_embeddings
    USING hnsw (embedding vector_cosine_ops) WITH (m = 16, ef_construction = 64);
--rollback DROP TABLE file_embeddings;
