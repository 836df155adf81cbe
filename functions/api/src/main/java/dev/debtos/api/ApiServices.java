package dev.debtos.api;

import dev.debtos.api.security.ApiSecurity;
import dev.debtos.platform.audit.AuditLog;
import dev.debtos.platform.auth.ApiKeyService;
import dev.debtos.platform.auth.JwtService;
import dev.debtos.platform.auth.TokenRevocations;
import dev.debtos.platform.auth.UserStore;
import dev.debtos.platform.config.AppConfig;
import java.time.Clock;

/**
 * What the handlers of every API area share, built once in {@link ApiFunctions}: the clients
 * ({@link ApiDependencies}), the clock, and the stores and services of authentication and audit.
 */
public record ApiServices(
        ApiDependencies dependencies,
        Clock clock,
        UserStore users,
        AuditLog audit,
        JwtService jwt,
        TokenRevocations revocations,
        ApiKeyService apiKeys,
        ApiSecurity security) {

    public AppConfig config() {
        return dependencies.config();
    }
}
