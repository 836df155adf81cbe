package dev.debtos.api.scans;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.debtos.platform.json.Json;
import dev.debtos.platform.logging.Redactor;
import dev.debtos.platform.scan.Scan;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A scan as the API shows it: state, trigger, revision, stats and timestamps; never its lease. */
public final class ScanJson {
    private static final ObjectMapper JSON = Json.mapper();

    private ScanJson() {
    }

    public static Map<String, Object> of(Scan scan) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", scan.id().toString());
        json.put("repositoryId", scan.repositoryId().toString());
        json.put("status", scan.status());
        json.put("stage", scan.stage());
        json.put("progress", scan.progress());
        json.put("trigger", scan.trigger());
        json.put("depth", scan.depth());
        json.put("branch", scan.branch());
        json.put("commitSha", scan.commitSha());
        json.put("baseSha", scan.baseSha());
        json.put("prNumber", scan.prNumber());
        json.put("attempt", scan.attempt());
        json.put("requestedBy", scan.requestedBy() == null ? null : scan.requestedBy().toString());
        json.put("stats", stats(scan));
        json.put("error", scan.error() == null ? null : Redactor.mask(scan.error()));
        json.put("createdAt", text(scan.createdAt()));
        json.put("startedAt", text(scan.startedAt()));
        json.put("finishedAt", text(scan.finishedAt()));
        return json;
    }

    /** The stats object (empty until the scan completes). */
    public static JsonNode stats(Scan scan) {
        try {
            return scan.stats() == null ? JSON.createObjectNode() : JSON.readTree(scan.stats());
        } catch (JsonProcessingException e) {
            return JSON.createObjectNode(); // jsonb from our own database: cannot be malformed, but never fail a read on it
        }
    }

    static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
