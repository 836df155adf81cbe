package dev.debtos.worker.embed;

import dev.debtos.engine.analysis.AnalysisContext;
import dev.debtos.engine.analysis.AnalysisStage;
import dev.debtos.engine.chunks.CodeChunk;
import dev.debtos.engine.chunks.CodeChunker;
import dev.debtos.engine.metrics.FileMetrics;
import dev.debtos.engine.metrics.FunctionMetrics;
import dev.debtos.engine.source.SourceFile;
import dev.debtos.platform.embeddings.ChunkVectorStore;
import dev.debtos.platform.embeddings.ChunkVectorStore.ChunkRow;
import dev.debtos.platform.embeddings.ChunkVectorStore.StoredChunk;
import dev.debtos.platform.embeddings.TextEmbedder;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The embed stage: chunks every measured file ({@link CodeChunker}), and for the files whose chunks differ from the
 * stored ones asks the model only for the chunks whose content hash has no stored vector of this model in the
 * repository; then replaces those files' rows and deletes the rows of files that are gone. An unchanged rescan
 * therefore embeds and writes nothing. What it did goes to {@code summary} ({@code stats.embeddings}).
 *
 * <p>The model is the slowest part of a scan by far (about 30 chunks a second per two cores), so one scan embeds at most
 * {@code chunkBudget} new chunks: whole files, the most complex first, and always at least one file so that every scan
 * makes progress. The files left over keep no rows (stale rows would point at lines that moved) and are counted as
 * {@code deferred}; the next scan that analyses the tree embeds the next share. An unchanged rescan reuses the earlier
 * scan without analysing, so it does not continue the work: the next push does.
 *
 * <p>With an {@link EmbeddingDispatch} the model is not asked here: the files whose every chunk has a stored vector are
 * written at once, the others lose their old rows and go to embedding batches that the embedding worker takes from its
 * own queue, so the scan completes without waiting for the model.
 */
public final class EmbeddingStage implements AnalysisStage {
    public static final String NAME = "embed";
    /** Chunks per model call: large enough to keep the ONNX runtime busy, small enough for steady progress. */
    static final int BATCH = 32;

    private final TextEmbedder model;
    private final ChunkVectorStore store;
    private final UUID repositoryId;
    private final Consumer<EmbeddingSummary> summary;
    private final int chunkBudget;
    private final EmbeddingDispatch dispatch;
    private final UUID scanId;
    private final CodeChunker chunker = new CodeChunker();

    /** Embeds in the scan's own run. */
    public EmbeddingStage(TextEmbedder model, ChunkVectorStore store, UUID repositoryId, int chunkBudget,
                          Consumer<EmbeddingSummary> summary) {
        this(model, store, null, null, repositoryId, chunkBudget, summary);
    }

    /** Leaves the model's work to batches of scan {@code scanId} sent through {@code dispatch}. */
    public EmbeddingStage(TextEmbedder model, ChunkVectorStore store, EmbeddingDispatch dispatch, UUID scanId,
                          UUID repositoryId, int chunkBudget, Consumer<EmbeddingSummary> summary) {
        if (chunkBudget < 1) {
            throw new IllegalArgumentException("chunk budget must be at least 1: " + chunkBudget);
        }
        this.model = model;
        this.store = store;
        this.repositoryId = repositoryId;
        this.chunkBudget = chunkBudget;
        this.summary = summary;
        this.dispatch = dispatch;
        this.scanId = scanId;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(AnalysisContext context) {
        try {
            embed(context);
        } catch (SQLException e) {
            throw new IllegalStateException("storing embeddings failed: " + e.getMessage(), e);
        }
    }

    private void embed(AnalysisContext context) throws SQLException {
        Map<String, List<CodeChunk>> current = chunks(context);
        Map<String, List<StoredChunk>> stored = store.stored(repositoryId, model.model());
        Set<String> removed = new LinkedHashSet<>(stored.keySet());
        removed.removeAll(current.keySet());
        Map<String, List<CodeChunk>> changed = new LinkedHashMap<>();
        int total = 0;
        for (var file : current.entrySet()) {
            total += file.getValue().size();
            if (!sameChunks(file.getValue(), stored.getOrDefault(file.getKey(), List.of()))) {
                changed.put(file.getKey(), file.getValue());
            }
        }
        Set<String> hashes = new LinkedHashSet<>();
        changed.values().forEach(chunks -> chunks.forEach(chunk -> hashes.add(chunk.contentHash())));
        // a repository with no rows for the model (its first scan) has no vector to look up
        Map<String, float[]> vectors = new HashMap<>(
                stored.isEmpty() ? Map.of() : store.vectors(repositoryId, model.model(), hashes));

        List<CodeChunk> toEmbed = new ArrayList<>();
        List<CodeChunk> written = new ArrayList<>();
        Set<String> asked = new LinkedHashSet<>();
        int deferred = 0;
        for (String path : mostComplexFirst(changed.keySet(), context)) {
            List<CodeChunk> file = changed.get(path);
            Set<String> fresh = new LinkedHashSet<>();
            List<CodeChunk> missing = new ArrayList<>();
            for (CodeChunk chunk : file) {
                if (!vectors.containsKey(chunk.contentHash()) && !asked.contains(chunk.contentHash())
                        && fresh.add(chunk.contentHash())) {
                    missing.add(chunk);
                }
            }
            if (!missing.isEmpty() && !toEmbed.isEmpty() && toEmbed.size() + missing.size() > chunkBudget) {
                deferred += file.size();
                if (stored.containsKey(path)) {
                    removed.add(path);
                }
                continue;
            }
            asked.addAll(fresh);
            toEmbed.addAll(missing);
            written.addAll(file);
        }
        int reused = total - toEmbed.size() - deferred;
        if (dispatch != null) {
            dispatch(written, toEmbed, vectors, removed, new EmbeddingSummary(model.model(), total, 0, reused, deferred));
            return;
        }
        context.progress().update(NAME, 0, toEmbed.size());
        for (int from = 0; from < toEmbed.size(); from += BATCH) {
            List<CodeChunk> batch = toEmbed.subList(from, Math.min(toEmbed.size(), from + BATCH));
            List<float[]> embedded = model.embedAll(batch.stream().map(CodeChunk::text).toList());
            for (int i = 0; i < batch.size(); i++) {
                vectors.put(batch.get(i).contentHash(), embedded.get(i));
            }
            context.progress().update(NAME, from + batch.size(), toEmbed.size());
        }
        List<ChunkRow> rows = written.stream().map(chunk -> row(chunk, vectors.get(chunk.contentHash()))).toList();
        store.replace(repositoryId, model.model(), model.dimensions(), removed, rows);
        summary.accept(new EmbeddingSummary(model.model(), total, toEmbed.size(), reused, deferred));
    }

    /**
     * The files whose every chunk has a vector are written now; the others lose their rows (which would point at lines
     * that moved) and go to batches, whole files each.
     */
    private void dispatch(List<CodeChunk> written, List<CodeChunk> toEmbed, Map<String, float[]> vectors,
                          Set<String> removed, EmbeddingSummary figures) throws SQLException {
        // a file waits when any chunk has no vector yet: its own new content, or content another file's batch embeds
        Set<String> waiting = new LinkedHashSet<>();
        written.stream().filter(chunk -> !vectors.containsKey(chunk.contentHash())).forEach(chunk -> waiting.add(chunk.path()));
        Map<String, List<CodeChunk>> pending = new LinkedHashMap<>();
        List<ChunkRow> ready = new ArrayList<>();
        for (CodeChunk chunk : written) {
            if (waiting.contains(chunk.path())) {
                pending.computeIfAbsent(chunk.path(), path -> new ArrayList<>()).add(chunk);
            } else {
                ready.add(row(chunk, vectors.get(chunk.contentHash())));
            }
        }
        Set<String> cleared = new LinkedHashSet<>(removed);
        cleared.addAll(pending.keySet());
        store.replace(repositoryId, model.model(), model.dimensions(), cleared, ready);
        var dispatched = dispatch.dispatch(scanId, repositoryId, model, List.copyOf(pending.values()));
        summary.accept(figures.queued(toEmbed.size(), dispatched.batches(), dispatched.deadline()));
    }

    private static ChunkRow row(CodeChunk chunk, float[] vector) {
        return new ChunkRow(chunk.path(), chunk.index(), chunk.startLine(), chunk.endLine(), chunk.contentHash(),
                chunk.name(), chunk.language(), chunk.snippet(), vector);
    }

    /** Where debt and questions concentrate: the files with the most summed cyclomatic complexity first, then by path. */
    private static List<String> mostComplexFirst(Set<String> paths, AnalysisContext context) {
        Map<String, Integer> complexity = new HashMap<>();
        for (FileMetrics file : context.files()) {
            complexity.put(file.path(), file.functions().stream().mapToInt(FunctionMetrics::cyclomatic).sum());
        }
        return paths.stream()
                .sorted(Comparator.<String>comparingInt(path -> -complexity.getOrDefault(path, 0))
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /** Every file's chunks, by path in the analysis' file order; files are chunked in parallel (each on its own). */
    private Map<String, List<CodeChunk>> chunks(AnalysisContext context) {
        List<List<CodeChunk>> perFile = context.files().parallelStream().map(file -> {
            SourceFile source = context.sources().get(file.path());
            return source == null ? List.<CodeChunk>of() : chunker.chunks(file, source);
        }).toList();
        Map<String, List<CodeChunk>> byPath = new LinkedHashMap<>();
        for (int i = 0; i < perFile.size(); i++) {
            if (!perFile.get(i).isEmpty()) {
                byPath.put(context.files().get(i).path(), perFile.get(i));
            }
        }
        return byPath;
    }

    private static boolean sameChunks(List<CodeChunk> now, List<StoredChunk> before) {
        if (now.size() != before.size()) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            CodeChunk chunk = now.get(i);
            StoredChunk old = before.get(i);
            if (chunk.index() != old.chunkIndex() || chunk.startLine() != old.startLine() || chunk.endLine() != old.endLine()
                    || !chunk.contentHash().equals(old.contentHash()) || !java.util.Objects.equals(chunk.name(), old.name())) {
                return false;
            }
        }
        return true;
    }
}
