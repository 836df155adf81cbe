package dev.debtos.platform.config;

/**
 * Requests per minute the API allows (token buckets in Redis, burst = the per-minute figure).
 *
 * @param perCallerPerMinute  per API key (keyed by the key) and per user with a bearer token (RATE_LIMIT_PER_MINUTE, 600)
 * @param anonymousPerMinute  per client IP for requests without valid credentials (RATE_LIMIT_ANONYMOUS_PER_MINUTE, 120)
 */
public record RateLimitSettings(int perCallerPerMinute, int anonymousPerMinute) {
}
