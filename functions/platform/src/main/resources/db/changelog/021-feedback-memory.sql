--liquibase formatted sql

--changeset debt-os:021-feedback-memory
--comment: "not debt" feedback remembered by meaning. Marking an item invalid stores the embedding of its code; a later
-- scan stores a finding of the same rule within the repository's similarity threshold of a remembered one as
-- 'suppressed' (migration 016's status, suppression {"by": "feedback", ...}). Marking the item valid again forgets it.
CREATE TABLE debt_feedback_memory (
    debt_item_id  uuid PRIMARY KEY REFERENCES debt_items (id) ON DELETE CASCADE,
    repository_id uuid NOT NULL REFERENCES repositories (id) ON DELETE CASCADE,
    rule_key      text NOT NULL,
    model         text NOT NULL,
    embedding     vector(384) NOT NULL,
    created_by    uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);
-- a scan compares its findings with the memories of their repository and rule: few rows, read exactly
CREATE INDEX idx_debt_feedback_memory_rule ON debt_feedback_memory (repository_id, rule_key);
--rollback DROP TABLE debt_feedback_memory;
