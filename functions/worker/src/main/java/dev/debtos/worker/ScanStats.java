package dev.debtos.worker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.debtos.engine.analysis.AnalysisResult;
import dev.debtos.platform.json.Json;
import dev.debtos.platform.ledger.LedgerCounts;
import dev.debtos.worker.incremental.MeasurementCodec;
import dev.debtos.worker.incremental.PreviousMeasurements;
import dev.debtos.worker.incremental.ReuseKey;
import java.util.UUID;

/**
 * A completed scan's {@code stats} (jsonb): files, findings, the ledger counts, the debt score, the commit, how long
 * the scan and each of its steps took ({@code durationMs}, {@code stepMillis}, the engine's {@code stageMillis}),
 * and what later scans compare to reuse this one's work ({@code tree}, {@code reuseKey}, {@code measuredBy}).
 */
final class ScanStats {
    private static final ObjectMapper JSON = Json.mapper();

    private ScanStats() {
    }

    /** A ledger scan that analysed its tree. */
    static ObjectNode analysed(AnalysisResult result, LedgerCounts counts, PreviousMeasurements measured, ReuseKey key,
                               ScanRun run) {
        ObjectNode stats = figures(result, run);
        ledger(stats, counts);
        stats.put("reusedFiles", measured.reusedFiles());
        run.scope().stats().forEach((name, value) -> stats.set(name, JSON.valueToTree(value)));
        stats.put("tokens", stats.path("llm").path("tokens").asLong(0));
        if (!measured.measuredFiles().isEmpty()) {
            stats.put("measuredBy", MeasurementCodec.ENGINE);
        }
        if (key != null) {
            stats.put("tree", key.tree());
            stats.put("reuseKey", key.value());
        }
        return stats;
    }

    /** A ledger scan that took the results of {@code earlier}, a scan of the same tree, whose stats are given. */
    static ObjectNode reused(String earlierStats, UUID earlier, LedgerCounts counts, String commit, ScanRun run) {
        ObjectNode stats = parse(earlierStats);
        ledger(stats, counts);
        stats.put("durationMs", run.elapsedMillis());
        stats.put("reusedFiles", stats.path("files").asInt());
        stats.put("reusedScan", earlier.toString());
        stats.remove("stageMillis");
        stats.put("tokens", 0); // nothing was sent: the earlier scan's LLM findings are carried with its ledger
        if (stats.path("llm") instanceof ObjectNode llm) {
            llm.put("calls", 0).put("tokens", 0);
            llm.remove(java.util.List.of("warning", "stopped"));
        }
        if (stats.get("embeddings") instanceof ObjectNode embeddings) {
            // the earlier scan's vectors are the tree's: nothing was embedded for this one
            embeddings.put("embedded", 0);
            embeddings.put("reused", embeddings.path("chunks").asInt());
            // and the earlier scan's batches stay its own
            embeddings.remove(java.util.List.of("queued", "batches", "state", "deadline", "droppedChunks", "reason"));
        }
        stats.set("stepMillis", JSON.valueToTree(run.stepMillis()));
        if (commit != null) {
            stats.put("commit", commit);
        }
        return stats;
    }

    /** A pull-request scan: the head's figures, and the ledger left alone. */
    static ObjectNode pullRequest(AnalysisResult head, ScanRun run) {
        ObjectNode stats = figures(head, run);
        stats.put("ledger", "unchanged");
        return stats;
    }

    /** The reuse key a completed scan's stats record, or null. */
    static String reuseKey(String stats) {
        String key = parse(stats).path("reuseKey").asText();
        return key.isEmpty() ? null : key;
    }

    /** How many files a completed scan's stats record. */
    static int files(String stats) {
        return parse(stats).path("files").asInt();
    }

    private static ObjectNode figures(AnalysisResult result, ScanRun run) {
        ObjectNode stats = JSON.createObjectNode();
        stats.put("files", result.files().size());
        stats.put("findings", result.findings().size());
        stats.put("suppressed", result.suppressed().size());
        stats.put("durationMs", run.elapsedMillis());
        stats.put("rating", String.valueOf(result.score().rating()));
        stats.put("debtRatio", result.score().debtRatio());
        stats.put("remediationMinutes", result.score().remediationMinutes());
        stats.put("tokens", 0);
        if (result.commit() != null) {
            stats.put("commit", result.commit());
        }
        stats.set("stepMillis", JSON.valueToTree(run.stepMillis()));
        stats.set("stageMillis", JSON.valueToTree(result.stageMillis()));
        return stats;
    }

    private static void ledger(ObjectNode stats, LedgerCounts counts) {
        stats.put("new", counts.created());
        stats.put("stillOpen", counts.stillOpen());
        stats.put("reopened", counts.reopened());
        stats.put("resolved", counts.resolved());
    }

    private static ObjectNode parse(String stats) {
        try {
            return JSON.readTree(stats) instanceof ObjectNode object ? object : JSON.createObjectNode();
        } catch (JsonProcessingException e) {
            return JSON.createObjectNode();
        }
    }
}
