package dev.debtos.worker.llm;

import dev.debtos.engine.findings.Finding;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One rule finding as triage sends it: its id in the prompt ({@code F1}…), the finding, the blob id of its file's
 * text, its message and the lines it is about (with a little context), secrets masked and long lines cut.
 */
record TriageItem(String id, Finding finding, String blobId, String message, SortedMap<Integer, String> lines) {

    TriageItem {
        lines = new TreeMap<>(lines);
    }

    /** The cache key of the verdict: this finding (its fingerprint) in exactly this file text (its blob id). */
    String cacheKey() {
        return blobId + ":" + finding.fingerprint();
    }
}
