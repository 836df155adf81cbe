--liquibase formatted sql

--changeset debt-os:016-suppressed-debt-items
--comment: findings a team suppressed (an inline debt-os:ignore comment, the repository's .debt-os.yml or its settings)
-- stay in the ledger with status 'suppressed' and what suppressed them, so they are counted and listed, never
-- silently dropped. Only a scan moves an item into or out of 'suppressed'.
ALTER TABLE debt_items DROP CONSTRAINT debt_items_status_check;
ALTER TABLE debt_items ADD CONSTRAINT debt_items_status_check CHECK (status IN
    ('open', 'acknowledged', 'planned', 'in_progress', 'resolved', 'wont_fix', 'suppressed'));
-- where the suppression is (src/App.java:12, .debt-os.yml, settings) and the reason given: {"by": ..., "reason": ...}
ALTER TABLE debt_items ADD COLUMN suppression jsonb
    CONSTRAINT ck_debt_items_suppression_object CHECK (suppression IS NULL OR jsonb_typeof(suppression) = 'object');
ALTER TABLE debt_item_events DROP CONSTRAINT debt_item_events_from_status_check;
ALTER TABLE debt_item_events ADD CONSTRAINT debt_item_events_from_status_check CHECK (from_status IN
    ('open', 'acknowledged', 'planned', 'in_progress', 'resolved', 'wont_fix', 'suppressed'));
ALTER TABLE debt_item_events DROP CONSTRAINT debt_item_events_to_status_check;
ALTER TABLE debt_item_events ADD CONSTRAINT debt_item_events_to_status_check CHECK (to_status IN
    ('open', 'acknowledged', 'planned', 'in_progress', 'resolved', 'wont_fix', 'suppressed'));
--rollback DELETE FROM debt_item_events WHERE from_status = 'suppressed' OR to_status = 'suppressed';
--rollback UPDATE debt_items SET status = 'open' WHERE status = 'suppressed';
--rollback ALTER TABLE debt_item_events DROP CONSTRAINT debt_item_events_to_status_check;
--rollback ALTER TABLE debt_item_events ADD CONSTRAINT debt_item_events_to_status_check CHECK (to_status IN ('open', 'acknowledged', 'planned', 'in_progress', 'resolved', 'wont_fix'));
--rollback ALTER TABLE debt_item_events DROP CONSTRAINT debt_item_events_from_status_check;
--rollback ALTER TABLE debt_item_events ADD CONSTRAINT debt_item_events_from_status_check CHECK (from_status IN ('open', 'acknowledged', 'planned', 'in_progress', 'resolved', 'wont_fix'));
--rollback ALTER TABLE debt_items DROP COLUMN suppression;
--rollback ALTER TABLE debt_items DROP CONSTRAINT debt_items_status_check;
--rollback ALTER TABLE debt_items ADD CONSTRAINT debt_items_status_check CHECK (status IN ('open', 'acknowledged', 'planned', 'in_progress', 'resolved', 'wont_fix'));
