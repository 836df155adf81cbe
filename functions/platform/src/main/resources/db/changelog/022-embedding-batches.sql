--liquibase formatted sql

--changeset debt-os:022-embedding-batches
--comment: a scan's embedding work, split into batches that the embedding worker takes from its own queue. A batch holds
-- whole files (their chunks with the text to embed) and is written once: the worker stores the files' vectors and marks
-- the batch done in one transaction, so a redelivered message finds it done and embeds nothing. A batch still pending
-- at its deadline, superseded by a later scan of its repository, or failing on its last receive is dropped with a reason.
CREATE TABLE embedding_batches (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    scan_id       uuid NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
    repository_id uuid NOT NULL REFERENCES repositories (id) ON DELETE CASCADE,
    model         text NOT NULL,
    dimensions    integer NOT NULL CHECK (dimensions > 0),
    seq           integer NOT NULL CHECK (seq >= 0),
    status        text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'dropped')),
    files         jsonb,
    chunk_count   integer NOT NULL CHECK (chunk_count >= 0),
    embedded      integer NOT NULL DEFAULT 0 CHECK (embedded >= 0),
    reason        text,
    deadline      timestamptz NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    finished_at   timestamptz,
    CONSTRAINT uq_embedding_batches_scan_seq UNIQUE (scan_id, seq),
    -- a finished batch keeps its figures, not its chunks' text
    CONSTRAINT ck_embedding_batches_files CHECK ((status = 'pending') = (files IS NOT NULL))
);
-- a later scan of the repository drops its earlier scans' pending batches; the reaper drops those past their deadline
CREATE INDEX idx_embedding_batches_pending ON embedding_batches (repository_id, deadline) WHERE status = 'pending';
--rollback DROP TABLE embedding_batches;
