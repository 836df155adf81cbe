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
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.ledger.DebtStatus;
import dev.debtos.platform.ledger.DebtVocabulary;
import dev.debtos.platform.ledger.DebtWorkflowStore;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code PATCH /api/debt/{id}} {status, note?}: moves one of the caller's items along the workflow of
 * {@link DebtStatus} (200 with the item and the new event); a transition the workflow does not allow is a 409 that
 * names both statuses and the allowed ones. Audited as {@code debt_item.status_change}.
 */
public final class PatchDebtItemHandler implements CallerHandler {
    private static final java.util.Set<String> FIELDS = java.util.Set.of("status", "note");
    static final int MAX_NOTE = 2_000;
    private final DebtWorkflowStore workflow;
    private final AuditLog audit;

    public PatchDebtItemHandler(DebtWorkflowStore workflow, AuditLog audit) {
        this.workflow = workflow;
        this.audit = audit;
    }

    @Override
    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Caller caller) throws SQLException {
        var id = RequestParameters.pathId(request, "id");
        ObjectNode body = JsonBody.object(request);
        JsonFields.allowOnly(body, FIELDS);
        String statusText = JsonBody.string(body, "status", 20);
        DebtStatus target = DebtStatus.fromWire(statusText).orElseThrow(() ->
                new InvalidInputException("status", "must be one of " + String.join(", ", DebtVocabulary.STATUSES)));
        Optional<String> note = optionalText(body, "note", MAX_NOTE);
        return switch (workflow.changeStatus(caller.userId(), id, target, note)) {
            case DebtWorkflowStore.NotFound ignored ->
                    ApiResponses.problem(ProblemType.NOT_FOUND, "no debt item with this id", request);
            case DebtWorkflowStore.Illegal illegal -> ApiResponses.problem(ProblemType.CONFLICT,
                    "cannot move from " + illegal.from().wireName() + " to " + illegal.to().wireName() + "; from "
                            + illegal.from().wireName() + " the allowed statuses are "
                            + illegal.from().next().stream().map(DebtStatus::wireName).sorted().collect(Collectors.joining(", ")),
                    request);
            case DebtWorkflowStore.Changed changed -> {
                audit.record(AuditEntries.of(request, caller, "debt_item.status_change", "debt_item", id.toString(),
                        Map.of("repositoryId", changed.item().repositoryId().toString(), "from", changed.event().fromStatus(),
                                "to", changed.event().toStatus())));
                Map<String, Object> json = DebtJson.item(changed.item(), true);
                json.put("event", DebtJson.event(changed.event()));
                yield ApiResponses.json(200, json);
            }
        };
    }

    /** An optional string field: absent or null is empty; otherwise a string of at most {@code max} characters. */
    static Optional<String> optionalText(ObjectNode body, String field, int max) {
        var value = body.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual() || value.asText().length() > max) {
            throw new InvalidInputException(field, "must be a string of at most " + max + " characters");
        }
        String text = value.asText().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
