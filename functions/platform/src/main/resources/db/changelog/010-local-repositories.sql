--liquibase formatted sql

--changeset debt-os:010-local-repositories splitStatements:false rollbackSplitStatements:false
--comment: provider 'local' for repositories the local profile scans straight from a directory (debt-os scan <dir>).
-- Calling such a directory a GitHub repository would be a lie the webhook routing (provider + full name) could act
-- on. A local repository's full_name is 'local' followed by its absolute path (e.g. local/home/me/shop), its clone
-- URL a file:// URL; only the local profile ever creates or scans one. Webhooks and OAuth stay github | gitlab.
ALTER TABLE repositories DROP CONSTRAINT repositories_provider_check;
ALTER TABLE repositories ADD CONSTRAINT repositories_provider_check CHECK (provider IN ('github', 'gitlab', 'local'));
-- Rolling back cannot represent a local repository: refuse (with the reason) instead of deleting its ledger.
--rollback DO $$ BEGIN IF EXISTS (SELECT 1 FROM repositories WHERE provider = 'local') THEN RAISE EXCEPTION 'local repositories exist: delete them (DELETE FROM repositories WHERE provider = ''local'') before reverting 010'; END IF; END $$;
--rollback ALTER TABLE repositories DROP CONSTRAINT repositories_provider_check;
--rollback ALTER TABLE repositories ADD CONSTRAINT repositories_provider_check CHECK (provider IN ('github', 'gitlab'));
