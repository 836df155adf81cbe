--liquibase formatted sql

--changeset debt-os:009-llm-usage-and-cache
--comment: LLM token and cost accounting (budgets) and the response cache.
CREATE TABLE llm_usage (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    -- Spend outlives scan retention: budgets are monthly, scans may be purged sooner.
    scan_id           uuid REFERENCES scans (id) ON DELETE SET NULL,
    repository_id     uuid NOT NULL REFERENCES repositories (id) ON DELETE CASCADE,
    provider          text NOT NULL,
    model             text NOT NULL,
    prompt_tokens     integer NOT NULL DEFAULT 0 CHECK (prompt_tokens >= 0),
    completion_tokens integer NOT NULL DEFAULT 0 CHECK (completion_tokens >= 0),
    cost_usd          numeric(12, 6) NOT NULL DEFAULT 0 CHECK (cost_usd >= 0),
    created_at        timestamptz NOT NULL DEFAULT now()
);
-- Budget checks: spend of one repository, and of everything, since the start of the month.
CREATE INDEX idx_llm_usage_repository_created ON llm_usage (repository_id, created_at DESC);
CREATE INDEX idx_llm_usage_created ON llm_usage (created_at);
CREATE INDEX idx_llm_usage_scan ON llm_usage (scan_id) WHERE scan_id IS NOT NULL;

CREATE TABLE llm_cache (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    -- Shared across repositories on purpose: a hit needs the exact blob, which the caller already has,
    -- so the cached answer reveals nothing and forks and vendored copies cost no tokens.
    blob_hash         text NOT NULL,
    model             text NOT NULL,
    prompt_version    text NOT NULL,
    response          jsonb NOT NULL,
    prompt_tokens     integer NOT NULL DEFAULT 0 CHECK (prompt_tokens >= 0),
    completion_tokens integer NOT NULL DEFAULT 0 CHECK (completion_tokens >= 0),
    created_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT uq_llm_cache_key UNIQUE (blob_hash, model, prompt_version)
);
-- Retention purges by age.
CREATE INDEX idx_llm_cache_created ON llm_cache (created_at);
--rollback DROP TABLE llm_cache;
--rollback DROP TABLE llm_usage;
