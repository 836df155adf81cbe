--liquibase formatted sql

--changeset debt-os:003-repositories
--comment: repositories a user connected.
CREATE TABLE repositories (
    id                       uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    -- Deleting a user deletes the repositories they connected and, through them, all analysis data.
    owner_id                 uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    provider                 text NOT NULL CHECK (provider IN ('github', 'gitlab')),
    -- owner/name on GitHub, group/subgroup/.../name on GitLab.
    full_name                text NOT NULL CHECK (full_name LIKE '_%/%_'),
    clone_url                text NOT NULL,
    default_branch           text NOT NULL DEFAULT 'main',
    settings                 jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(settings) = 'object'),
    webhook_secret_encrypted bytea,
    last_scanned_commit      text,
    last_scanned_at          timestamptz,
    created_at               timestamptz NOT NULL DEFAULT now(),
    updated_at               timestamptz NOT NULL DEFAULT now(),
    -- Two users may connect the same repository (each gets their own ledger). One user connects it once.
    CONSTRAINT uq_repositories_owner_provider_full_name UNIQUE (owner_id, provider, full_name)
);
-- GET /repos lists the caller's repositories, newest first.
CREATE INDEX idx_repositories_owner_created ON repositories (owner_id, created_at DESC);
-- A webhook delivery names the repository by provider and full name only.
CREATE INDEX idx_repositories_provider_full_name ON repositories (provider, full_name);
--rollback DROP TABLE repositories;
