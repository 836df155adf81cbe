--liquibase formatted sql

--changeset debt-os:021-feedback-memory
--comment: "not debt" feedback remembered by meaning. Marking an item invalid stores the embedding of its code; a later
-- scan stores a new or reopened finding of the same rule within the repository's similarity threshold of a remembered
-- one as 'suppressed' (not counted as open debt, listed only when asked for). Marking the item valid again forgets it.
ALTER TABLE debt_items DROP CONSTRAINT debt_items_status_check;
ALTER TABLE debt_items ADD CONSTRAINT debt_items_status_check
    CHECK (status IN ('open', 'acknowledged', 'planned', 'in_progress', 'resolved', 'wont_fix', 'suppressed'));
ALTER TABLE debt_item_events DROP CONSTRAINT debt_item_events_from_status_check;
ALTER TABLE debt_item_events ADD CONSTRAINT debt_item_events_from_status_check
    CHECK (from_status IN ('open', 'acknowledged', 'planned', 'in_progress', 'resolved', 'wont_fix', 'suppressed'));
ALTER TABLE debt_item_events DROP CONSTRAINT debt_item_events_to_status_check;
ALTER TABLE debt_item_events ADD CONSTRAINT debt_item_events_to_status_check
    CHECK (to_status IN ('open', 'acknowledged', 'planned', 'in_progress', 'resolved', 'wont_fix', 'suppressed'));
CREATE TABLE debt_feedback_memory (
    debt_item_id  uuid PRIMARY KEY REFERENCES debt_items (id) ON DELETE CASCADE,
    repository_id uuid NOT NULL REFERENCES repositories (id) ON DELETE CASCADE,
    rule_key      text NOT NULL,
    model         text NOT NULL,
    embedding     vector(384) NOT NULL,
    created_by    uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);
-- a scan compares its new findings with the memories of their repository and rule: few rows, read exactly
CREATE INDEX idx_debt_feedback_memory_rule ON debt_feedback_memory (repository_id, rule_key);
--rollback DROP TABLE debt_feedback_memory;
--rollback UPDATE debt_items SET status = 'open' WHERE status = 'suppressed';
--rollback DELETE FROM debt_item_events WHERE from_status = 'suppressed' OR to_status = 'suppressed';
--rollback ALTER TABLE debt_item_events DROP CONSTRAINT debt_item_events_to_status_check;
--rollback ALTER TABLE debt_item_events ADD CONSTRAINT debt_item_events_to_status_check CHECK (to_status IN ('open', 'acknowledged', 'planned', 'in_progress', 'resolved', 'wont_fix'));
--rollback ALTER TABLE debt_item_events DROP CONSTRAINT debt_item_events_from_status_check;
--rollback ALTER TABLE debt_item_events ADD CONSTRAINT debt_item_events_from_status_check CHECK (from_status IN ('open', 'acknowledged', 'planned', 'in_progress', 'resolved', 'wont_fix'));
--rollback ALTER TABLE debt_items DROP CONSTRAINT debt_items_status_check;
--rollback ALTER TABLE debt_items ADD CONSTRAINT debt_items_status_check CHECK (status IN ('open', 'acknowledged', 'planned', 'in_progress', 'resolved', 'wont_fix'));
