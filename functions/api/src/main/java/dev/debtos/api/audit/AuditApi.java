package dev.debtos.api.audit;

import dev.debtos.api.ApiServices;
import dev.debtos.api.contract.Operation;
import dev.debtos.api.contract.Tag;
import dev.debtos.api.http.PageRequest;
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
                Operation.of(new Tag("Audit", "Who did what: the caller's audit trail (admin scope)"), "The caller's audit trail, newest first: filters action, actor; pagination with total")
                        .describe("Sign-ins, key and repository changes, scans requested and webhook deliveries of the "
                                + "caller's, newest first.")
                        .query(GetAuditLogHandler.QUERY)
                        .ok(PageRequest.pageOf(GetAuditLogHandler.ENTRY).named("AuditPage"))
                        .problems(400, 401, 403, 429, 503)));
    }

    /** One handler per route of {@link #routes()}, by function name. */
    public static Map<String, CallerHandler> handlers(ApiServices services) {
        return Map.of("getAuditLog", new GetAuditLogHandler(new AuditQueries(services.dependencies().database())));
    }
}
