package dev.debtos.api.debt;

import dev.debtos.api.contract.Schema;
import dev.debtos.platform.json.Json;
import dev.debtos.platform.ledger.DebtEvent;
import dev.debtos.platform.ledger.DebtItem;
import dev.debtos.platform.ledger.DebtStatus;
import dev.debtos.platform.ledger.DebtVocabulary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Debt items and their events as the API shows them (camelCase, ISO-8601 instants, ids as strings). */
final class DebtJson {
    static final Schema STATUS = Schema.oneOf(DebtVocabulary.STATUSES);
    /** An item as lists show it. */
    static final Schema ITEM = Schema.object()
            .required("id", Schema.uuid())
            .required("repositoryId", Schema.uuid())
            .required("ruleKey", Schema.string())
            .required("type", Schema.oneOf(DebtVocabulary.TYPES))
            .required("severity", Schema.oneOf(DebtVocabulary.SEVERITIES))
            .required("status", STATUS)
            .required("title", Schema.string())
            .required("message", Schema.string().nullable())
            .required("path", Schema.string().nullable().describe("Null for repository-wide findings"))
            .required("startLine", Schema.integer().nullable())
            .required("endLine", Schema.integer().nullable())
            .required("effortMinutes", Schema.integer().describe("Estimated remediation effort"))
            .required("priority", Schema.number().describe("Higher first: severity, effort and hotspot weight"))
            .required("confidence", Schema.number(0, 1).describe("1 unless the LLM triage judged the finding not "
                    + "actionable (then lower, and its reason is in the evidence); priority is multiplied by it"))
            .required("resolvedAt", Schema.dateTime().nullable())
            .required("createdAt", Schema.dateTime())
            .required("updatedAt", Schema.dateTime())
            .named("DebtItem");
    static final Schema EVENT = Schema.object()
            .required("id", Schema.uuid())
            .required("kind", Schema.oneOf(List.of("detected", "resolved", "reopened", "status_change", "feedback")))
            .required("fromStatus", STATUS.nullable())
            .required("toStatus", STATUS.nullable())
            .required("actorId", Schema.uuid().nullable().describe("The user who acted; null for the scanner"))
            .required("note", Schema.string().nullable())
            .required("payload", Schema.openObject().describe("Kind-specific details (a feedback's verdict, ...)"))
            .required("createdAt", Schema.dateTime())
            .named("DebtEvent");

    /** Another place of the same finding (each further copy of a duplicated block). */
    static final Schema RELATED_LOCATION = Schema.object()
            .required("path", Schema.string())
            .required("startLine", Schema.integer())
            .required("endLine", Schema.integer())
            .required("startColumn", Schema.integer().describe("1-based; 0 where the analysis does not know the column"))
            .named("RelatedLocation");

    /** {@link #ITEM} with what {@code item(item, true)} adds: evidence, suggested fix, related places, first and last scan. */
    static Schema detail() {
        return ITEM.required("evidence", Schema.string().nullable().describe("What the analysis measured or matched"))
                .required("suggestedFix", Schema.string().nullable())
                .required("relatedLocations", Schema.arrayOf(RELATED_LOCATION)
                        .describe("The finding's other places: every other copy of a duplicated block; empty for most findings"))
                .required("firstSeenScanId", Schema.uuid().nullable())
                .required("lastSeenScanId", Schema.uuid().nullable())
                .required("allowedTransitions", Schema.arrayOf(STATUS)
                        .describe("The statuses PATCH accepts from this one (the workflow); empty for none"));
    }
    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = Json.mapper();

    private DebtJson() {
    }

    static Map<String, Object> item(DebtItem item, boolean detail) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", item.id().toString());
        json.put("repositoryId", item.repositoryId().toString());
        json.put("ruleKey", item.ruleKey());
        json.put("type", item.type());
        json.put("severity", item.severity());
        json.put("status", item.status());
        json.put("title", item.title());
        json.put("message", item.message());
        json.put("path", item.path());
        json.put("startLine", item.startLine());
        json.put("endLine", item.endLine());
        json.put("effortMinutes", item.effortMinutes());
        json.put("priority", item.priority());
        json.put("confidence", item.confidence());
        if (detail) {
            json.put("evidence", item.evidence());
            json.put("suggestedFix", item.suggestedFix());
            json.put("relatedLocations", item.relatedLocations() == null ? List.of() : payload(item.relatedLocations()));
            json.put("firstSeenScanId", text(item.firstSeenScanId()));
            json.put("lastSeenScanId", text(item.lastSeenScanId()));
            // the workflow's moves from here, so a client offers exactly what PATCH accepts
            json.put("allowedTransitions", DebtStatus.fromWire(item.status())
                    .map(status -> status.next().stream().map(DebtStatus::wireName).toList()).orElse(List.of()));
        }
        json.put("resolvedAt", text(item.resolvedAt()));
        json.put("createdAt", text(item.createdAt()));
        json.put("updatedAt", text(item.updatedAt()));
        return json;
    }

    static Map<String, Object> event(DebtEvent event) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", event.id().toString());
        json.put("kind", event.kind());
        json.put("fromStatus", event.fromStatus());
        json.put("toStatus", event.toStatus());
        json.put("actorId", text(event.actorId()));
        json.put("note", event.note());
        json.put("payload", payload(event.payloadJson()));
        json.put("createdAt", text(event.createdAt()));
        return json;
    }

    private static Object payload(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (java.io.IOException e) {
            return Map.of(); // the column is jsonb: unreachable
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
