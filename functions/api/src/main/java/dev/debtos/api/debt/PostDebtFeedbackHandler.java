package dev.debtos.api.debt;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.debtos.api.auth.AuditEntries;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.InvalidInputException;
import dev.debtos.api.http.JsonBody;
import dev.debtos.api.http.JsonFields;
import dev.debtos.api.http.ProblemType;
import dev.debtos.api.http.RequestParameters;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.audit.AuditLog;
import dev.debtos.platform.embeddings.FeedbackMemory;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.ledger.DebtWorkflowStore;
import java.sql.SQLException;
import java.util.Map;

/**
 * {@code POST /api/debt/{id}/feedback} {verdict valid|invalid, reason?}: 201 with the {@code feedback} event on one
 * of the caller's items. Feedback changes no status (and so no cached summary) now; an {@code invalid} verdict also
 * remembers the item's code ({@link FeedbackMemory}), so that scans store its look-alikes of the same rule as
 * {@code suppressed}, and a {@code valid} verdict forgets it.
 */
public final class PostDebtFeedbackHandler implements CallerHandler {
    private static final java.util.Set<String> FIELDS = java.util.Set.of("verdict", "reason");
    private final DebtWorkflowStore workflow;
    private final AuditLog audit;
    private final FeedbackMemory memory;

    public PostDebtFeedbackHandler(DebtWorkflowStore workflow, AuditLog audit, FeedbackMemory memory) {
        this.workflow = workflow;
        this.audit = audit;
        this.memory = memory;
    }

    @Override
    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Caller caller) throws SQLException {
        var id = RequestParameters.pathId(request, "id");
        ObjectNode body = JsonBody.object(request);
        JsonFields.allowOnly(body, FIELDS);
        String verdict = JsonBody.string(body, "verdict", 10);
        if (!verdict.equals("valid") && !verdict.equals("invalid")) {
            throw new InvalidInputException("verdict", "must be valid or invalid");
        }
        var reason = PatchDebtItemHandler.optionalText(body, "reason", PatchDebtItemHandler.MAX_NOTE);
        var event = workflow.feedback(caller.userId(), id, verdict.equals("valid"), reason);
        if (event.isEmpty()) {
            return ApiResponses.problem(ProblemType.NOT_FOUND, "no debt item with this id", request);
        }
        if (verdict.equals("invalid")) {
            memory.remember(id, caller.userId());
        } else {
            memory.forget(id);
        }
        audit.record(AuditEntries.of(request, caller, "debt_item.feedback", "debt_item", id.toString(), Map.of("verdict", verdict)));
        return ApiResponses.json(201, DebtJson.event(event.get()));
    }
}
