package dev.debtos.api.embeddings;

import dev.debtos.api.contract.Schema;
import dev.debtos.platform.embeddings.EmbeddingQueries;
import java.util.LinkedHashMap;
import java.util.Map;

/** Embedding coverage as the API shows it; {@code coverage} is files embedded / files in the latest scan (0..1). */
final class EmbeddingJson {
    static final Schema COVERAGE = Schema.object()
            .required("repositoryId", Schema.uuid())
            .required("fullName", Schema.string())
            .required("scanId", Schema.uuid().nullable().describe("The latest completed scan; null before the first"))
            .required("filesInScan", Schema.integer())
            .required("filesEmbedded", Schema.integer())
            .required("coverage", Schema.number(0, 1).describe("filesEmbedded / filesInScan, 4 decimals"))
            .required("chunks", Schema.integer())
            .required("lastEmbeddedAt", Schema.dateTime().nullable())
            .named("EmbeddingCoverage");
    static final Schema STATS = COVERAGE
            .required("dimensions", Schema.integer())
            .required("models", Schema.arrayOf(Schema.object()
                    .required("model", Schema.string())
                    .required("chunks", Schema.integer())
                    .required("files", Schema.integer())
                    .named("EmbeddingModelStats")))
            .named("EmbeddingStats");
    private EmbeddingJson() {
    }

    static Map<String, Object> coverage(EmbeddingQueries.Coverage coverage, boolean withModels) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("repositoryId", coverage.repositoryId().toString());
        json.put("fullName", coverage.fullName());
        json.put("scanId", coverage.scanId() == null ? null : coverage.scanId().toString());
        json.put("filesInScan", coverage.filesInScan());
        json.put("filesEmbedded", coverage.filesEmbedded());
        json.put("coverage", coverage.filesInScan() == 0 ? 0.0
                : Math.round(coverage.filesEmbedded() * 10_000.0 / coverage.filesInScan()) / 10_000.0);
        json.put("chunks", coverage.chunks());
        if (withModels) {
            json.put("dimensions", EmbeddingQueries.DIMENSIONS);
            json.put("models", coverage.models().stream().map(m -> Map.of("model", m.model(), "chunks", m.chunks(), "files", m.files()))
                    .toList());
        }
        json.put("lastEmbeddedAt", coverage.lastEmbeddedAt() == null ? null : coverage.lastEmbeddedAt().toString());
        return json;
    }
}
