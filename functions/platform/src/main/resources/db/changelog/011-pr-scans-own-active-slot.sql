--liquibase formatted sql

--changeset debt-os:011-pr-scans-own-active-slot
--comment: a pull-request scan and a push scan of the same commit are different scans.
-- After a fast-forward merge the default branch's head is the PR's head commit: with one active slot per
-- repository+commit the push scan found the PR scan (and so never updated the ledger), or the other way round.
-- Each PR (pr_number) now has its own slot; push, manual and scheduled scans share slot 0.
DROP INDEX uq_scans_one_active_per_commit;
CREATE UNIQUE INDEX uq_scans_one_active_per_commit ON scans (repository_id, commit_sha, (COALESCE(pr_number, 0)))
    WHERE status IN ('queued', 'cloning', 'analyzing', 'llm', 'embedding');
--rollback DROP INDEX uq_scans_one_active_per_commit;
--rollback CREATE UNIQUE INDEX uq_scans_one_active_per_commit ON scans (repository_id, commit_sha) WHERE status IN ('queued', 'cloning', 'analyzing', 'llm', 'embedding');
