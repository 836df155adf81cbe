--liquibase formatted sql

--changeset debt-os:014-debt-item-related-locations
--comment: a finding's other places (each further copy of a clone group), as a JSON array of {path, startLine, endLine,
-- startColumn} (startColumn 0 where the lexer does not know it). Empty for findings with one place.
ALTER TABLE debt_items ADD COLUMN related_locations jsonb NOT NULL DEFAULT '[]'
    CONSTRAINT ck_debt_items_related_locations_array CHECK (jsonb_typeof(related_locations) = 'array');
--rollback ALTER TABLE debt_items DROP COLUMN related_locations;
