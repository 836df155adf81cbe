package dev.debtos.platform.config;

/**
 * Requests per minute the API allows (token buckets in Redis, burst = the per-minute figure).
 *
 * @param perCallerPerMinute  per API key (keyed by the key) and per user with a bearer token (RATE_LIMIT_PER_MINUTE, 600)
 * @param anonymousPerMinute  per client IP for requests without valid credentials (RATE_LIMIT_ANONYMOUS_PER_MINUTE, 120)
 * @param webhookPerMinute    per sender IP on the webhook routes (RATE_LIMIT_WEBHOOK_PER_MINUTE, 3000): GitHub and
 *                            GitLab deliver every repository's events from a few shared addresses and GitHub does not
 *                            retry a 429, so these routes get a bucket of their own, far above a person's
 */
public record RateLimitSettings(int perCallerPerMinute, int anonymousPerMinute, int webhookPerMinute) {
}
