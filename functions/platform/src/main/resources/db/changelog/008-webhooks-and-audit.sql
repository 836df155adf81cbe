--liquibase formatted sql

--changeset debt-os:008-webhooks-and-audit
--comment: webhook delivery log (idempotency) and the audit log.
CREATE TABLE webhook_deliveries (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    provider      text NOT NULL CHECK (provider IN ('github', 'gitlab')),
    -- X-GitHub-Delivery / X-Gitlab-Event-UUID.
    delivery_id   text NOT NULL,
    -- Kept when the repository or scan is deleted: the delivery still happened.
    repository_id uuid REFERENCES repositories (id) ON DELETE SET NULL,
    event         text NOT NULL,
    received_at   timestamptz NOT NULL DEFAULT now(),
    scan_id       uuid REFERENCES scans (id) ON DELETE SET NULL,
    outcome       text NOT NULL DEFAULT 'received'
                  CHECK (outcome IN ('received', 'scan_queued', 'ignored', 'rejected', 'failed')),
    -- The idempotency key: providers redeliver (timeouts, manual "redeliver"), and
    -- INSERT ... ON CONFLICT DO NOTHING makes a redelivery a no-op instead of a second scan.
    CONSTRAINT uq_webhook_deliveries_provider_delivery UNIQUE (provider, delivery_id)
);
CREATE INDEX idx_webhook_deliveries_repository_received ON webhook_deliveries (repository_id, received_at DESC);
-- Retention purges by age.
CREATE INDEX idx_webhook_deliveries_received ON webhook_deliveries (received_at);
CREATE INDEX idx_webhook_deliveries_scan ON webhook_deliveries (scan_id) WHERE scan_id IS NOT NULL;

CREATE TABLE audit_log (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    -- Erasing a user removes the link to them (personal data) but keeps the record of what happened.
    actor_id    uuid REFERENCES users (id) ON DELETE SET NULL,
    -- Deliberately not a foreign key: the entry keeps naming the key after the key row is deleted.
    api_key_id  uuid,
    action      text NOT NULL,
    target_type text,
    -- text, not uuid: some targets have external ids (a delivery id, a provider repository name).
    target_id   text,
    ip          inet,
    user_agent  text,
    success     boolean NOT NULL,
    details     jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(details) = 'object'),
    created_at  timestamptz NOT NULL DEFAULT now()
);
-- GET /audit, newest first, and retention.
CREATE INDEX idx_audit_log_created ON audit_log (created_at DESC);
-- GET /audit?actor=..., and the ON DELETE SET NULL from users.
CREATE INDEX idx_audit_log_actor_created ON audit_log (actor_id, created_at DESC);
--rollback DROP TABLE audit_log;
--rollback DROP TABLE webhook_deliveries;
