package dev.debtos.api.security;

import dev.debtos.platform.audit.AuditLog;
import dev.debtos.platform.auth.Authenticator;
import dev.debtos.platform.config.RateLimitSettings;
import dev.debtos.platform.redis.RateLimiter;

/**
 * What {@link RouteGuard} needs, built once per process: the authenticator, the Redis rate limiter with the
 * configured limits, and the audit log.
 */
public record ApiSecurity(Authenticator authenticator, java.util.function.Supplier<RateLimiter> rateLimiter, RateLimitSettings limits, AuditLog audit) {
    public RateLimiter.Limit callerLimit() {
        return new RateLimiter.Limit("caller", limits.perCallerPerMinute(), limits.perCallerPerMinute() / 60.0);
    }

    public RateLimiter.Limit webhookLimit() {
        return new RateLimiter.Limit("webhook", limits.webhookPerMinute(), limits.webhookPerMinute() / 60.0);
    }

    public RateLimiter.Limit anonymousLimit() {
        return new RateLimiter.Limit("ip", limits.anonymousPerMinute(), limits.anonymousPerMinute() / 60.0);
    }
}
