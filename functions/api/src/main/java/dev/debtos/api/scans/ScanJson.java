package dev.debtos.api.scans;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.debtos.api.contract.Schema;
import dev.debtos.platform.json.Json;
import dev.debtos.platform.logging.Redactor;
import dev.debtos.platform.scan.Scan;
import dev.debtos.platform.scan.ScanStage;
import dev.debtos.platform.scan.ScanStatus;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A scan as the API shows it: state, trigger, revision, stats and timestamps; never its lease. */
public final class ScanJson {
    public static final List<String> STATUSES = Arrays.stream(ScanStatus.values()).map(ScanStatus::key).toList();
    static final List<String> STAGES = Arrays.stream(ScanStage.values()).map(ScanStage::key).toList();
    public static final List<String> TRIGGERS = List.of("manual", "webhook_push", "webhook_pr", "schedule");
    static final List<String> DEPTHS = List.of("quick", "standard", "full");
    static final String SHA_PATTERN = "^[0-9a-f]{40}([0-9a-f]{24})?$";
    /** What the embed stage did ({@code stats.embeddings}); batches, state and the drop are kept current by the embedding worker. */
    static final Schema EMBEDDINGS = Schema.openObject()
            .optional("model", Schema.string())
            .optional("chunks", Schema.integer().describe("Chunks of the scanned tree"))
            .optional("embedded", Schema.integer().describe("Chunks the model embedded"))
            .optional("reused", Schema.integer().describe("Chunks that took a stored vector of equal content"))
            .optional("deferred", Schema.integer().describe("Chunks the per-scan budget left for a later scan"))
            .optional("queued", Schema.integer().describe("Chunks sent to the embedding worker in batches"))
            .optional("batches", Schema.object()
                    .required("total", Schema.integer())
                    .required("done", Schema.integer())
                    .required("pending", Schema.integer())
                    .required("dropped", Schema.integer())
                    .describe("The scan's embedding batches by state"))
            .optional("deadline", Schema.dateTime().describe("When batches still pending are dropped"))
            .optional("state", Schema.oneOf(List.of("embedding", "complete", "incomplete"))
                    .describe("embedding while a batch is pending; incomplete once one was dropped"))
            .optional("droppedChunks", Schema.integer().describe("Incomplete: the chunks of the dropped batches"))
            .optional("reason", Schema.string().describe("Incomplete: why the first batch was dropped"))
            .describe("Present when the scan embedded its code; batches, deadline and state when the work went to batches")
            .named("ScanEmbeddings");
    /** What the worker writes once a scan completes; more keys may appear (stage timings, pull-request results). */
    public static final Schema STATS = Schema.openObject()
            .optional("files", Schema.integer().describe("Files analysed"))
            .optional("findings", Schema.integer())
            .optional("new", Schema.integer().describe("Ledger items this scan created"))
            .optional("stillOpen", Schema.integer())
            .optional("reopened", Schema.integer())
            .optional("resolved", Schema.integer())
            .optional("durationMs", Schema.integer())
            .optional("rating", Schema.oneOf(List.of("A", "B", "C", "D", "E")))
            .optional("debtRatio", Schema.number())
            .optional("remediationMinutes", Schema.number())
            .optional("tokens", Schema.integer().describe("LLM tokens spent"))
            .optional("commit", Schema.string())
            .optional("reusedFiles", Schema.integer().describe("Files whose measurements an earlier scan of the same content gave"))
            .optional("reusedScan", Schema.uuid().describe("The earlier scan of the same tree whose results this scan took"))
            .optional("tree", Schema.string().describe("The git tree id of the scanned commit"))
            .optional("stepMillis", Schema.mapOf(Schema.integer()).describe("The worker's steps and how long each took"))
            .optional("stageMillis", Schema.mapOf(Schema.integer()).describe("The engine's stages and how long each took"))
            .optional("pullRequest", PullRequestJson.SCHEMA)
            .optional("embeddings", EMBEDDINGS)
            .describe("Empty until the scan completes")
            .named("ScanStats");
    public static final Schema SCHEMA = Schema.object()
            .required("id", Schema.uuid())
            .required("repositoryId", Schema.uuid())
            .required("status", Schema.oneOf(STATUSES))
            .required("stage", Schema.oneOf(STAGES).nullable().describe("What an active scan is doing now"))
            .required("progress", Schema.integer(0, 100))
            .required("trigger", Schema.oneOf(TRIGGERS))
            .required("depth", Schema.oneOf(DEPTHS))
            .required("branch", Schema.string().nullable())
            .required("commitSha", Schema.string().pattern(SHA_PATTERN).nullable())
            .required("baseSha", Schema.string().pattern(SHA_PATTERN).nullable().describe("Pull-request scans: the base commit"))
            .required("prNumber", Schema.integer().nullable())
            .required("attempt", Schema.integer().describe("Deliveries of the scan to a worker so far"))
            .required("requestedBy", Schema.uuid().nullable())
            .required("stats", STATS)
            .required("error", Schema.string().nullable().describe("Why a failed scan failed"))
            .required("createdAt", Schema.dateTime())
            .required("startedAt", Schema.dateTime().nullable())
            .required("finishedAt", Schema.dateTime().nullable())
            .named("Scan");
    private static final ObjectMapper JSON = Json.mapper();

    private ScanJson() {
    }

    public static Map<String, Object> of(Scan scan) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", scan.id().toString());
        json.put("repositoryId", scan.repositoryId().toString());
        json.put("status", scan.status().key());
        json.put("stage", scan.stage() == null ? null : scan.stage().key());
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
