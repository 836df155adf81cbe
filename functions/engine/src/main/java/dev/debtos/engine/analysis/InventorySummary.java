package dev.debtos.engine.analysis;

import java.util.Map;

/**
 * What the inventory found: measured files per language, and skipped files per reason
 * (gitignored, excluded, vendored, generated, minified, binary, oversized, unsupported).
 */
public record InventorySummary(int filesMeasured, Map<String, Integer> filesByLanguage, Map<String, Integer> linesByLanguage,
                               Map<String, Integer> skippedByReason) {
}
