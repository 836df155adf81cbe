package dev.debtos.api.debt;

import dev.debtos.api.ApiServices;
import dev.debtos.api.route.Access;
import dev.debtos.api.route.Route;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.ledger.DebtListCache;
import dev.debtos.platform.ledger.DebtQueries;
import dev.debtos.platform.ledger.DebtWorkflowStore;
import dev.debtos.platform.ledger.HotspotQueries;
import dev.debtos.platform.ledger.LedgerCache;
import dev.debtos.platform.ledger.OwnedRepositories;
import dev.debtos.platform.ledger.SummaryQueries;
import dev.debtos.platform.ledger.TrendQueries;
import dev.debtos.platform.redis.RedisCache;
import java.util.List;
import java.util.Map;

/** The debt ledger: list, read, status workflow, feedback, hotspots, trends, summary: this area's routes and their handlers. */
public final class DebtApi {
    private static final List<Integer> READ = List.of(200, 400, 401, 403, 404, 429, 503);

    private DebtApi() {
    }

    public static List<Route> routes() {
        return List.of(
                new Route("GET", "/api/repos/{id}/debt", "getRepositoryDebt", Access.READ,
                        "A repository's debt items: filters type, severity, status, path glob, q; sort; pagination with total", READ),
                new Route("GET", "/api/repos/{id}/debt/hotspots", "getDebtHotspots", Access.READ,
                        "Files ranked by churn x complexity in the latest completed scan, with open findings (cached)", READ),
                new Route("GET", "/api/repos/{id}/debt/trends", "getDebtTrends", Access.READ,
                        "Per day: open items by severity, new and resolved items, scans (cached)", READ),
                new Route("GET", "/api/repos/{id}/summary", "getRepositorySummary", Access.READ,
                        "Debt ratio, rating A-E, totals by type, severity and status, remediation plan (cached)", READ),
                new Route("GET", "/api/debt/{id}", "getDebtItem", Access.READ,
                        "One debt item with evidence and its event history", READ),
                new Route("PATCH", "/api/debt/{id}", "patchDebtItem", Access.WRITE,
                        "Move a debt item along the status workflow, with a note", List.of(200, 400, 401, 403, 404, 409, 413, 429, 503)),
                new Route("POST", "/api/debt/{id}/feedback", "postDebtFeedback", Access.WRITE,
                        "Say whether a finding is valid or invalid, and why", List.of(201, 400, 401, 403, 404, 413, 429, 503)));
    }

    /** One handler per route of {@link #routes()}, by function name. */
    public static Map<String, CallerHandler> handlers(ApiServices services) {
        var database = services.dependencies().database();
        var repositories = new OwnedRepositories(database);
        var queries = new DebtQueries(database);
        var workflow = new DebtWorkflowStore(database);
        var cache = new LedgerCache(() -> new RedisCache(services.dependencies().redis().get()));
        var reads = new CachedLedgerRead(repositories, cache);
        return Map.of(
                "getRepositoryDebt", new GetRepositoryDebtHandler(repositories, queries, new DebtListCache(queries, cache)),
                "getDebtHotspots", new GetDebtHotspotsHandler(reads, new HotspotQueries(database)),
                "getDebtTrends", new GetDebtTrendsHandler(reads, new TrendQueries(database), services.clock()),
                "getRepositorySummary", new GetRepositorySummaryHandler(reads, new SummaryQueries(database)),
                "getDebtItem", new GetDebtItemHandler(queries),
                "patchDebtItem", new PatchDebtItemHandler(workflow, services.audit()),
                "postDebtFeedback", new PostDebtFeedbackHandler(workflow, services.audit()));
    }
}
