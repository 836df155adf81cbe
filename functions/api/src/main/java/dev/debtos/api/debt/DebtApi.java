package dev.debtos.api.debt;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import dev.debtos.api.ApiServices;
import dev.debtos.api.contract.Operation;
import dev.debtos.api.contract.Response;
import dev.debtos.api.contract.Schema;
import dev.debtos.api.contract.Tag;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.route.Access;
import dev.debtos.api.route.Route;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.embeddings.FeedbackMemory;
import dev.debtos.platform.ledger.DebtListCache;
import dev.debtos.platform.ledger.DebtListQuery;
import dev.debtos.platform.ledger.DebtQueries;
import dev.debtos.platform.ledger.DebtWorkflowStore;
import dev.debtos.platform.ledger.HotspotQueries;
import dev.debtos.platform.ledger.LedgerCache;
import dev.debtos.platform.ledger.OwnedRepositories;
import dev.debtos.platform.ledger.SampleLedger;
import dev.debtos.platform.ledger.SummaryQueries;
import dev.debtos.platform.ledger.TrendQueries;
import dev.debtos.platform.redis.RedisCache;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** The debt ledger: list, read, status workflow, feedback, hotspots, trends, summary: this area's routes and their handlers. */
public final class DebtApi {
    static final Tag TAG = new Tag("Debt", "The debt ledger: items with filters, one item with evidence and history, the status workflow, feedback, hotspots, trends and the summary");
    private static final Integer[] READ = {400, 401, 403, 404, 429, 503};

    private DebtApi() {
    }

    public static List<Route> routes() {
        return List.of(
                new Route("GET", "/api/repos/{id}/debt", "getRepositoryDebt", Access.READ,
                        Operation.of(TAG, "A repository's debt items: filters type, severity, status, path glob, q; sort; pagination with total")
                                .describe("The ledger of one repository. Repeat `type`, `severity` and `status` (or separate "
                                        + "values with commas) to allow several. Cached per ledger version; `X-Cache` says "
                                        + "whether the cache answered.")
                                .query(GetRepositoryDebtHandler.QUERY)
                                .answers(200, cached(GetRepositoryDebtHandler.SCHEMA)).problems(READ)),
                new Route("GET", "/api/repos/{id}/debt/hotspots", "getDebtHotspots", Access.READ,
                        Operation.of(TAG, "Files ranked by hotspot score (change frequency x complexity) in the latest completed scan, with open findings (cached)")
                                .describe("Where change and complexity meet: the files most worth refactoring first.")
                                .query(GetDebtHotspotsHandler.LIMIT)
                                .answers(200, cached(GetDebtHotspotsHandler.SCHEMA)).problems(READ)),
                new Route("GET", "/api/repos/{id}/debt/trends", "getDebtTrends", Access.READ,
                        Operation.of(TAG, "Per day: open items by severity, new and resolved items, scans (cached)")
                                .describe("One point per UTC day of the window, today included, for charts.")
                                .query(GetDebtTrendsHandler.DAYS)
                                .answers(200, cached(GetDebtTrendsHandler.SCHEMA)).problems(READ)),
                new Route("GET", "/api/repos/{id}/summary", "getRepositorySummary", Access.READ,
                        Operation.of(TAG, "Debt ratio, rating A-E, totals by type, severity and status, remediation plan (cached)")
                                .describe("The repository's debt at a glance, from its latest completed scan and its ledger.")
                                .answers(200, cached(GetRepositorySummaryHandler.SCHEMA)).problems(READ)),
                new Route("GET", "/api/debt/{id}", "getDebtItem", Access.READ,
                        Operation.of(TAG, "One debt item with evidence and its event history")
                                .describe("The item with its evidence and its newest 200 events, newest first.")
                                .ok(DebtJson.detail().required("events", Schema.arrayOf(DebtJson.EVENT)).named("DebtItemDetail"))
                                .problems(READ)),
                new Route("PATCH", "/api/debt/{id}", "patchDebtItem", Access.WRITE,
                        Operation.of(TAG, "Move a debt item along the status workflow, with a note")
                                .describe("A transition the workflow does not allow is a 409 naming both statuses and the "
                                        + "allowed ones. Answers the item and the new event. Unknown body fields are a 400 naming them.")
                                .body(Schema.object()
                                        .required("status", DebtJson.STATUS)
                                        .optional("note", Schema.string(0, PatchDebtItemHandler.MAX_NOTE).nullable())
                                        .closed().named("DebtStatusChange"))
                                .ok(DebtJson.detail().required("event", DebtJson.EVENT).named("DebtItemChanged"))
                                .problems(400, 401, 403, 404, 409, 413, 429, 503)),
                new Route("POST", "/api/debt/{id}/feedback", "postDebtFeedback", Access.WRITE,
                        Operation.of(TAG, "Say whether a finding is valid or invalid, and why")
                                .describe("Records a feedback event; the item's status does not change. `invalid` also "
                                        + "remembers the item's code: later scans store look-alikes of the same rule as "
                                        + "`suppressed`; `valid` forgets it. Unknown body fields "
                                        + "are a 400 naming them.")
                                .body(Schema.object()
                                        .required("verdict", Schema.oneOf(List.of("valid", "invalid")))
                                        .optional("reason", Schema.string(0, PatchDebtItemHandler.MAX_NOTE).nullable())
                                        .closed().named("DebtFeedback"))
                                .answers(201, Response.json("Recorded: the feedback event", DebtJson.EVENT))
                                .problems(400, 401, 403, 404, 413, 429, 503)));
    }

    /** 200 from the ledger cache or the database; {@code X-Cache} says which. */
    private static Response cached(Schema schema) {
        return Response.json("OK", schema).withHeader("X-Cache");
    }

    /** The days of trend and the hotspots the dashboard's repository overview asks for. */
    static final int OVERVIEW_TREND_DAYS = 90;
    static final int OVERVIEW_HOTSPOTS = 50;

    /**
     * The reads behind the repository overview and the first debt-list page, made the way their handlers make them,
     * over a {@link SampleLedger} (rows that exist only in a transaction that is rolled back): the ownership lookup,
     * summary, trend, hotspots and the first page with its total, each document written as JSON and dropped. Nothing
     * is kept or cached and no user's data is read: this loads and runs the code of those requests (the queries, the
     * mapping of their rows, the JSON writers) before a user's first page needs it.
     */
    public static void primeReads(ApiServices services) throws SQLException {
        SampleLedger.read(services.dependencies().database(), (sample, owner, repositoryId) -> {
            var repository = new OwnedRepositories(sample).find(owner, repositoryId)
                    .orElseThrow(() -> new IllegalStateException("the sample repository is not its owner's"));
            CachedLedgerRead.write(new SummaryQueries(sample).summary(repository.id(), GetRepositorySummaryHandler.TOP_PER_STEP));
            CachedLedgerRead.write(new TrendQueries(sample).trends(repository.id(), OVERVIEW_TREND_DAYS,
                    LocalDate.ofInstant(services.clock().instant(), ZoneOffset.UTC)));
            CachedLedgerRead.write(new HotspotQueries(sample).hotspots(repository.id(), OVERVIEW_HOTSPOTS));
            var queries = new DebtQueries(sample);
            DebtListQuery firstPage = GetRepositoryDebtHandler.query(new APIGatewayProxyRequestEvent());
            ApiResponses.write(queries.page(repository.id(), firstPage).stream().map(item -> DebtJson.item(item, false)).toList());
            queries.count(repository.id(), firstPage);
        });
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
                "postDebtFeedback", new PostDebtFeedbackHandler(workflow, services.audit(), new FeedbackMemory(database)));
    }
}
