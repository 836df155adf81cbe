package dev.debtos.api.debt;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.contract.Schema;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.ledger.SummaryQueries;
import java.sql.SQLException;
import java.util.List;

/** {@code GET /api/repos/{id}/summary}: debt ratio, rating, totals and remediation plan ({@link SummaryQueries}), cached. */
public final class GetRepositorySummaryHandler implements CallerHandler {
    static final Schema SCHEMA = Schema.object()
            .required("repositoryId", Schema.uuid())
            .required("scanId", Schema.uuid().nullable().describe("The latest completed scan; null before the first"))
            .required("scannedAt", Schema.dateTime().nullable())
            .required("codeLines", Schema.integer())
            .required("openItems", Schema.integer())
            .required("openEffortMinutes", Schema.integer())
            .required("debtRatio", Schema.number().nullable().describe("Remediation effort / estimated development effort"))
            .required("rating", Schema.oneOf(List.of("A", "B", "C", "D", "E")).nullable())
            .required("byType", Schema.mapOf(Schema.integer()).describe("Unresolved items per type, every type present"))
            .required("bySeverity", Schema.mapOf(Schema.integer()).describe("Unresolved items per severity"))
            .required("byStatus", Schema.mapOf(Schema.integer()).describe("All items per status"))
            .required("plan", Schema.arrayOf(Schema.object()
                    .required("step", Schema.integer(1, 3))
                    .required("name", Schema.oneOf(List.of("quick_wins", "strategic", "deferrable")))
                    .required("items", Schema.integer())
                    .required("effortMinutes", Schema.integer())
                    .required("top", Schema.arrayOf(Schema.object()
                            .required("id", Schema.uuid())
                            .required("title", Schema.string())
                            .required("type", Schema.string())
                            .required("severity", Schema.string())
                            .required("path", Schema.string().nullable())
                            .required("startLine", Schema.integer().nullable())
                            .required("effortMinutes", Schema.integer())
                            .required("priority", Schema.number())
                            .named("PlanItem")).describe("Highest priority first"))
                    .named("RemediationStep")).describe("Quick wins, strategic items, deferrable items"))
            .named("Summary");
    static final int TOP_PER_STEP = 10;
    private final CachedLedgerRead reads;
    private final SummaryQueries summaries;

    GetRepositorySummaryHandler(CachedLedgerRead reads, SummaryQueries summaries) {
        this.reads = reads;
        this.summaries = summaries;
    }

    @Override
    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Caller caller) throws SQLException {
        return reads.answer(request, caller, "summary", "top=" + TOP_PER_STEP, id -> summaries.summary(id, TOP_PER_STEP));
    }
}
