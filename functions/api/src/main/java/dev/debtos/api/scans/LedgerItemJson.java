package dev.debtos.api.scans;

import dev.debtos.api.contract.Schema;
import dev.debtos.platform.ledger.DebtVocabulary;
import dev.debtos.platform.scan.LedgerItem;
import java.util.LinkedHashMap;
import java.util.Map;

/** A debt item as scan results show it. */
final class LedgerItemJson {
    static final Schema SCHEMA = Schema.object()
            .required("id", Schema.uuid())
            .required("fingerprint", Schema.string().describe("Stable identity of the finding across scans"))
            .required("ruleKey", Schema.string())
            .required("type", Schema.oneOf(DebtVocabulary.TYPES))
            .required("severity", Schema.oneOf(DebtVocabulary.SEVERITIES))
            .required("status", Schema.oneOf(DebtVocabulary.STATUSES))
            .required("path", Schema.string().nullable().describe("Null for repository-wide findings"))
            .required("startLine", Schema.integer().nullable())
            .required("endLine", Schema.integer().nullable())
            .required("title", Schema.string())
            .required("message", Schema.string().nullable())
            .required("evidence", Schema.string().nullable())
            .required("effortMinutes", Schema.integer())
            .required("priority", Schema.number())
            .required("firstSeenScanId", Schema.uuid().nullable())
            .required("lastSeenScanId", Schema.uuid().nullable())
            .named("ScanFinding");
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
