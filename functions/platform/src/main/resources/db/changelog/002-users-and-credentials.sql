--liquibase formatted sql

--changeset debt-os:002-users-and-credentials
--comment: users, their OAuth identities and API keys.
CREATE TABLE users (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email         text,
    display_name  text,
    avatar_url    text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    last_login_at timestamptz,
    disabled_at   timestamptz
);
-- Providers may hide the e-mail address, so it is optional. When present it identifies one person,
-- whatever its letter case.
CREATE UNIQUE INDEX uq_users_email ON users (lower(email)) WHERE email IS NOT NULL;

CREATE TABLE oauth_identities (
    id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id                 uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    provider                text NOT NULL CHECK (provider IN ('github', 'gitlab')),
    provider_user_id        text NOT NULL,
    provider_login          text,
    -- Tokens are encrypted by the application (envelope encryption) before they reach the database.
    access_token_encrypted  bytea,
    refresh_token_encrypted bytea,
    token_expires_at        timestamptz,
    scopes                  text[] NOT NULL DEFAULT '{}',
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now(),
    -- Logins are looked up by the provider's stable numeric id (logins can be renamed). One account at a
    -- provider can belong to only one DEBT-OS user.
    CONSTRAINT uq_oauth_identities_provider_user UNIQUE (provider, provider_user_id)
);
CREATE INDEX idx_oauth_identities_user ON oauth_identities (user_id);

CREATE TABLE api_keys (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id      uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         text NOT NULL,
    -- The public prefix is shown in the UI and finds the row. The secret part is stored only as SHA-256.
    -- A plain (unsalted, fast) hash is enough because the secret is 256 random bits, not a password.
    key_prefix   text NOT NULL,
    key_hash     bytea NOT NULL CHECK (octet_length(key_hash) = 32),
    scopes       text[] NOT NULL DEFAULT '{}',
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz,
    revoked_at   timestamptz,
    last_used_at timestamptz,
    CONSTRAINT uq_api_keys_key_prefix UNIQUE (key_prefix),
    CONSTRAINT ck_api_keys_expires_after_creation CHECK (expires_at IS NULL OR expires_at > created_at)
);
CREATE INDEX idx_api_keys_user_created ON api_keys (user_id, created_at DESC);
--rollback DROP TABLE api_keys;
--rollback DROP TABLE oauth_identities;
--rollback DROP TABLE users;
