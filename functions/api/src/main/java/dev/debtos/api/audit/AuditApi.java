package dev.debtos.api.audit;

import dev.debtos.api.ApiServices;
import dev.debtos.api.route.Access;
import dev.debtos.api.route.Route;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.audit.AuditQueries;
import java.util.List;
import java.util.Map;

/** The audit log (admin scope): this area's routes and their handlers. */
public final class AuditApi {

    private AuditApi() {
    }

    public static List<Route> routes() {
        return List.of(new Route("GET", "/api/audit", "getAuditLog", Access.ADMIN,
                "The caller's audit trail, newest first: filters action, actor; pagination with total",
                List.of(200, 400, 401, 403, 429, 503)));
    }

    /** One handler per route of {@link #routes()}, by function name. */
    public static Map<String, CallerHandler> handlers(ApiServices services) {
        return Map.of("getAuditLog", new GetAuditLogHandler(new AuditQueries(services.dependencies().database())));
    }
}
