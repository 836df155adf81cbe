package dev.debtos.worker;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What an analysis of a ledger scan knows about its scan beyond the tree: the scan and repository ids, the
 * repository's stored settings, and the figures stages with ports report for the scan's {@code stats} (the LLM
 * review's {@code llm}), keyed by their stats field.
 */
public final class ScanSubject {
    private final UUID scanId;
    private final UUID repositoryId;
    private final String settingsJson;
    private final Map<String, JsonNode> stats = new LinkedHashMap<>();

    public ScanSubject(UUID scanId, UUID repositoryId, String settingsJson) {
        this.scanId = scanId;
        this.repositoryId = repositoryId;
        this.settingsJson = settingsJson;
    }

    public UUID scanId() {
        return scanId;
    }

    public UUID repositoryId() {
        return repositoryId;
    }

    /** The repository's settings as stored (jsonb text), or null when it has none. */
    public String settingsJson() {
        return settingsJson;
    }

    public synchronized void report(String field, JsonNode value) {
        stats.put(field, value);
    }

    public synchronized Map<String, JsonNode> stats() {
        return Map.copyOf(stats);
    }
}
