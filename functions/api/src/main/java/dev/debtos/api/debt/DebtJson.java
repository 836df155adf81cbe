package dev.debtos.api.debt;

import dev.debtos.platform.json.Json;
import dev.debtos.platform.ledger.DebtEvent;
import dev.debtos.platform.ledger.DebtItem;
import java.util.LinkedHashMap;
import java.util.Map;

/** Debt items and their events as the API shows them (camelCase, ISO-8601 instants, ids as strings). */
final class DebtJson {
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
            json.put("firstSeenScanId", text(item.firstSeenScanId()));
            json.put("lastSeenScanId", text(item.lastSeenScanId()));
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
