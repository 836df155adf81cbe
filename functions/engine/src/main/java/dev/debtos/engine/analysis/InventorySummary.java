package dev.debtos.engine.analysis;

import dev.debtos.engine.inventory.SkipReason;
import dev.debtos.engine.metrics.FileMetrics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the inventory found: measured files per language, and skipped files per reason
 * (gitignored, excluded, vendored, generated, minified, binary, oversized, unsupported).
 */
public record InventorySummary(int filesMeasured, Map<String, Integer> filesByLanguage, Map<String, Integer> linesByLanguage,
                               Map<String, Integer> skippedByReason) {

    static InventorySummary of(List<FileMetrics> files, Map<SkipReason, Integer> skipped) {
        Map<String, Integer> byLanguage = new LinkedHashMap<>();
        Map<String, Integer> linesByLanguage = new LinkedHashMap<>();
        for (FileMetrics f : files) {
            byLanguage.merge(f.language().displayName(), 1, Integer::sum);
            linesByLanguage.merge(f.language().displayName(), f.codeLines(), Integer::sum);
        }
        Map<String, Integer> skippedByReason = new LinkedHashMap<>();
        skipped.forEach((reason, count) -> skippedByReason.put(reason.key(), count));
        return new InventorySummary(files.size(), byLanguage, linesByLanguage, skippedByReason);
    }
}
