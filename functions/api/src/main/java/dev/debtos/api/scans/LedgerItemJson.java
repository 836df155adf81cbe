package dev.debtos.api.scans;

import dev.debtos.platform.ledger.LedgerItem;
import java.util.LinkedHashMap;
import java.util.Map;

/** A debt item as scan results show it. */
final class LedgerItemJson {
    private LedgerItemJson() {
    }

    static Map<String, Object> of(LedgerItem item) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", item.id().toString());
        json.put("fingerprint", item.fingerprint());
        json.put("ruleKey", item.ruleKey());
        json.put("type", item.type());
        json.put("severity", item.severity());
        json.put("status", item.status());
        json.put("path", item.path());
        json.put("startLine", item.startLine());
        json.put("endLine", item.endLine());
        json.put("title", item.title());
        json.put("message", item.message());
        json.put("evidence", item.evidence());
        json.put("effortMinutes", item.effortMinutes());
        json.put("priority", item.priority());
        json.put("firstSeenScanId", item.firstSeenScanId() == null ? null : item.firstSeenScanId().toString());
        json.put("lastSeenScanId", item.lastSeenScanId() == null ? null : item.lastSeenScanId().toString());
        return json;
    }
}
