package dev.debtos.worker.embed;

import com.pgvector.PGvector;
import dev.debtos.embedding.EmbeddingModels;
import dev.debtos.engine.ProgressListener;
import dev.debtos.engine.analysis.AnalysisContext;
import dev.debtos.engine.analysis.AnalysisOptions;
import dev.debtos.engine.analysis.AnalysisStage;
import dev.debtos.engine.analysis.AnalysisStages;
import dev.debtos.engine.analysis.Analyzer;
import dev.debtos.engine.chunks.CodeChunk;
import dev.debtos.engine.chunks.CodeChunker;
import dev.debtos.engine.metrics.FileMetrics;
import dev.debtos.platform.db.Database;
import dev.debtos.platform.db.Migrations;
import dev.debtos.platform.db.TestDatabase;
import dev.debtos.platform.embeddings.EmbeddingQueries;
import dev.debtos.platform.embeddings.TextEmbedder;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * {@code scripts/bench embed}: embedding throughput of all-MiniLM-L6-v2 fp32 and int8 on chunks of real code (beside
 * LangChain4j's own in-process fp32 model, the baseline, in the same run), and pgvector search latency and recall@10
 * (HNSW through {@link EmbeddingQueries#nearest} against exact search) at the given corpus sizes and HNSW candidate
 * lists. Arguments: corpus directory, sample size, sizes (comma-separated).
 *
 * <p>The search corpora are built from a larger evenly spread sample of real java.base chunks embedded with the int8
 * model (the model sample's int8 vectors plus more chunks; {@code DEBT_OS_BENCH_EMBED_REAL}, default 10,000): the first
 * 100 are the queries, held out; every other real vector is a row, and the remaining rows are synthetic. A synthetic row
 * is a renormalised mixture of one real vector (the anchor, drawn uniformly with a seeded random) and one or two of its
 * 10 nearest real neighbours, with weights drawn uniformly from the simplex (Dirichlet(1, ..)), plus Gaussian noise of
 * sigma 0.01 per dimension: it lies between real chunks that are already near each other, as an unseen chunk of the
 * same code base would, rather than in a cloud of copies of one chunk. Exact search is computed in the benchmark over
 * the same rows. {@code DEBT_OS_BENCH_EMBED_CORPUS=copies} builds the former corpus instead (a real vector plus noise
 * of sigma 0.025, renormalised). Each size gets a throw-away database (dropped afterwards) with the migration's HNSW
 * index built after the load; at sizes below 1M the index is also rebuilt with each ef_construction of
 * {@code DEBT_OS_BENCH_EMBED_EF_CONSTRUCTION} (default 64,200) to compare recall at equal ef_search.
 */
public final class EmbeddingBench {
    private static final int QUERIES = 100;
    private static final int BATCH = EmbeddingStage.BATCH;
    private static final int BASELINE_CHUNKS = 300;
    private static final double COPY_NOISE_SIGMA = 0.025;
    private static final double MIX_NOISE_SIGMA = 0.01;
    private static final int MIX_NEIGHBOURS = 10;
    private static final boolean COPIES = "copies".equals(System.getenv("DEBT_OS_BENCH_EMBED_CORPUS"));
    private static final int REAL = Integer.parseInt(System.getenv().getOrDefault("DEBT_OS_BENCH_EMBED_REAL", "10000"));
    private static final int[] EF_CONSTRUCTION = Arrays.stream(System.getenv().getOrDefault("DEBT_OS_BENCH_EMBED_EF_CONSTRUCTION", "64,200")
            .split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
    private static final int[] EF_SEARCH = {40, 100, 200, 400, 800};

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        int sampleSize = Integer.parseInt(args[1]);
        List<Integer> sizes = Arrays.stream(args[2].split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Integer::parseInt).toList();

        long start = System.nanoTime();
        List<CodeChunk> chunks = chunks(corpus);
        System.out.printf(Locale.ROOT, "corpus %s: %d chunks (chunked in %.1f s)%n", corpus, chunks.size(), seconds(start));
        List<CodeChunk> sample = evenly(chunks, sampleSize);
        List<String> texts = sample.stream().map(CodeChunk::text).toList();

        TextEmbedder fp32 = EmbeddingModels.minilm();
        TextEmbedder int8 = EmbeddingModels.minilmQuantized();
        fp32.embedAll(texts.subList(0, BATCH)); // warm-up
        int8.embedAll(texts.subList(0, BATCH));
        Rate baseline = langChain4jBaseline(texts.subList(0, Math.min(BASELINE_CHUNKS, texts.size())));
        System.out.println("baseline  " + baseline.describe("LangChain4j AllMiniLmL6V2EmbeddingModel fp32 (its thread pool, one text per run)"));
        List<float[]> vectors = new ArrayList<>();
        Rate fp32Rate = measure(texts.size(), () -> vectors.addAll(embed(fp32, texts)));
        System.out.println("ours      " + fp32Rate.describe("all-minilm-l6-v2 fp32") + String.format(Locale.ROOT, "; %.2fx the baseline", fp32Rate.perSecond() / baseline.perSecond()));
        List<float[]> quantized = new ArrayList<>();
        Rate int8Rate = measure(texts.size(), () -> quantized.addAll(embed(int8, texts)));
        System.out.println("ours      " + int8Rate.describe("all-minilm-l6-v2-q int8") + String.format(Locale.ROOT, "; %.2fx the baseline", int8Rate.perSecond() / baseline.perSecond()));
        System.out.println("          (BENCHMARKS.md baseline: fp32 31 chunks/s on 2 cores; goal >= 62 chunks/s per 2 cores)");
        int compared = Math.min(1000, sample.size());
        System.out.printf(Locale.ROOT, "search quality int8 vs fp32: top-10 neighbours agree %.3f (among %d chunks, each as query);"
                + " paraphrase queries ranked first: fp32 %d/%d, int8 %d/%d%n", agreement(vectors.subList(0, compared), quantized.subList(0, compared)),
                compared, Paraphrases.firsts(fp32), Paraphrases.size(), Paraphrases.firsts(int8), Paraphrases.size());
        System.out.printf(Locale.ROOT, "java.base, all %d chunks, first scan on this machine: %.0f s at fp32's rate, %.0f s at int8's"
                + " (wall time estimated from the rates above at their load; an unchanged rescan embeds 0)%n", chunks.size(),
                chunks.size() / fp32Rate.perSecond(), chunks.size() / int8Rate.perSecond());

        List<float[]> real = new ArrayList<>(quantized);
        if (REAL > sample.size()) { // more real chunks, spread evenly over those the model sample left out
            Set<CodeChunk> taken = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            taken.addAll(sample);
            List<String> more = evenly(chunks.stream().filter(c -> !taken.contains(c)).toList(), REAL - sample.size())
                    .stream().map(CodeChunk::text).toList();
            Rate moreRate = measure(more.size(), () -> real.addAll(embed(int8, more)));
            System.out.println("search sample: " + moreRate.describe("all-minilm-l6-v2-q int8, " + more.size() + " more java.base chunks"));
        }
        List<float[]> queries = real.subList(0, Math.min(QUERIES, real.size() / 4));
        List<float[]> base = real.subList(queries.size(), real.size());
        Corpus rows = COPIES ? new Copies(base) : new Mixtures(base);
        System.out.println("search corpus: " + rows.describe());
        for (int size : sizes) {
            search(size, rows, queries);
        }
    }

    /** Chunks per second of wall time, and per CPU second of this process, with the load average when it ended. */
    record Rate(int chunks, double wallSeconds, double cpuSeconds, String load) {
        double perSecond() {
            return chunks / wallSeconds;
        }

        String describe(String what) {
            int cores = Runtime.getRuntime().availableProcessors();
            return String.format(Locale.ROOT, "%s: %.1f chunks/s over %d chunks at load average %s; %.1f chunks per CPU second,"
                    + " i.e. %.0f chunks/s on %d idle cores", what, perSecond(), chunks, load, chunks / cpuSeconds, cores * chunks / cpuSeconds, cores);
        }
    }

    private static Rate measure(int chunks, Runnable work) {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        work.run();
        return new Rate(chunks, seconds(start), (os.getProcessCpuTime() - cpu) / 1e9, load());
    }

    private static Rate langChain4jBaseline(List<String> texts) {
        var model = new dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel();
        List<dev.langchain4j.data.segment.TextSegment> segments = texts.stream().map(dev.langchain4j.data.segment.TextSegment::from).toList();
        model.embedAll(segments.subList(0, Math.min(BATCH, segments.size())));
        return measure(texts.size(), () -> {
            for (int from = 0; from < segments.size(); from += BATCH) {
                model.embedAll(segments.subList(from, Math.min(segments.size(), from + BATCH)));
            }
        });
    }

    private static String load() {
        try {
            String[] fields = java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static List<float[]> embed(TextEmbedder model, List<String> texts) {
        List<float[]> vectors = new ArrayList<>();
        for (int from = 0; from < texts.size(); from += BATCH) {
            vectors.addAll(model.embedAll(texts.subList(from, Math.min(texts.size(), from + BATCH))));
        }
        return vectors;
    }

    private static void search(int size, Corpus base, List<float[]> queries) throws Exception {
        try (TestDatabase database = TestDatabase.create(); var dataSource = Database.pooled(database.settings(), 2)) {
            new Migrations().migrate(dataSource);
            UUID repository;
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO users (email, display_name) VALUES ('bench@example.com', 'bench')");
                try (ResultSet rows = statement.executeQuery("""
                        INSERT INTO repositories (owner_id, provider, full_name, clone_url)
                        SELECT id, 'github', 'bench/embeddings', 'https://github.com/bench/embeddings.git' FROM users RETURNING id""")) {
                    rows.next();
                    repository = rows.getObject(1, UUID.class);
                }
                statement.execute("DROP INDEX idx_file_embeddings_embedding");
            }
            long start = System.nanoTime();
            List<Set<String>> exact = copy(dataSource, repository, size, base, queries);
            double loaded = seconds(start);
            int cores = Runtime.getRuntime().availableProcessors();
            long memoryMb = Math.max(512, (long) size * 4096 / (1 << 20));
            start = System.nanoTime();
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                connection.setNetworkTimeout(Runnable::run, 0); // the build takes minutes: past the pool's socket timeout
                statement.execute("SET statement_timeout = 0");
                statement.execute("SET maintenance_work_mem = '" + memoryMb + "MB'");
                statement.execute("SET max_parallel_maintenance_workers = " + cores);
                // the migration's index, built after the load
                statement.execute("CREATE INDEX idx_file_embeddings_embedding ON file_embeddings USING hnsw (embedding vector_cosine_ops)"
                        + " WITH (m = 16, ef_construction = 64)");
                statement.execute("ANALYZE file_embeddings");
            }
            double indexed = seconds(start);
            System.out.printf(Locale.ROOT, "search corpus of %,d chunks: %s, loaded in %.0f s; HNSW m=16 ef_construction=64 built in %.0f s"
                            + " (maintenance_work_mem %d MB, %d parallel workers; load average %s); plan: %s%n", size, base.portion(size),
                    loaded, indexed, memoryMb, cores, load(), plan(dataSource, repository, queries.getFirst()));
            measureSearch(dataSource, repository, size, queries, exact, 64);
            if (size < 1_000_000) {
                for (int efConstruction : EF_CONSTRUCTION) {
                    if (efConstruction == 64) {
                        continue;
                    }
                    start = System.nanoTime();
                    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                        connection.setNetworkTimeout(Runnable::run, 0);
                        statement.execute("SET statement_timeout = 0");
                        statement.execute("SET maintenance_work_mem = '" + memoryMb + "MB'");
                        statement.execute("SET max_parallel_maintenance_workers = " + cores);
                        statement.execute("DROP INDEX idx_file_embeddings_embedding");
                        statement.execute("CREATE INDEX idx_file_embeddings_embedding ON file_embeddings USING hnsw (embedding vector_cosine_ops)"
                                + " WITH (m = 16, ef_construction = " + efConstruction + ")");
                    }
                    System.out.printf(Locale.ROOT, "search corpus of %,d chunks: HNSW m=16 ef_construction=%d built in %.0f s (load average %s)%n",
                            size, efConstruction, seconds(start), load());
                    measureSearch(dataSource, repository, size, queries, exact, efConstruction);
                }
            }
        }
        System.out.printf(Locale.ROOT, "(the search corpus's database is dropped; vector search baseline BENCHMARKS.md: pgvector 0.8.0 HNSW 10k x 384"
                + " top-10 median 2.8 ms; goal p95 <= 20 ms at recall >= 0.9 at 1M)%n");
    }

    private static void measureSearch(javax.sql.DataSource dataSource, UUID repository, int size, List<float[]> queries,
                                      List<Set<String>> exact, int efConstruction) throws Exception {
        {
            EmbeddingQueries search = new EmbeddingQueries(dataSource);
            var filter = new EmbeddingQueries.Filter("all-minilm-l6-v2", List.of(), List.of());
            for (float[] query : queries) { // warm the index and table pages into memory
                search.nearest(repository, query, filter, 10, EF_SEARCH[EF_SEARCH.length - 1]);
            }
            for (int ef : EF_SEARCH) {
                long[] nanos = new long[queries.size()];
                double recall = 0;
                for (int q = 0; q < queries.size(); q++) {
                    long t = System.nanoTime();
                    var found = search.nearest(repository, queries.get(q), filter, 10, ef);
                    nanos[q] = System.nanoTime() - t;
                    Set<String> truth = exact.get(q);
                    recall += found.stream().filter(m -> truth.contains(m.path())).count() / 10.0;
                }
                Arrays.sort(nanos);
                System.out.printf(Locale.ROOT, "search at %,d chunks, ef_construction %d, ef_search %d%s: p50 %.1f ms, p95 %.1f ms, recall@10 %.3f vs exact (%d queries;"
                                + " load average %s)%n", size, efConstruction, ef, ef == Math.max(EmbeddingQueries.EF_SEARCH, 20) ? " (default)" : "",
                        nanos[nanos.length / 2] / 1e6, nanos[(int) Math.ceil(nanos.length * 0.95) - 1] / 1e6, recall / queries.size(),
                        queries.size(), load());
            }
        }
    }

    /** Loads {@code size} rows of {@code base}; answers, per query, the paths of its exact 10 nearest rows. */
    private static List<Set<String>> copy(javax.sql.DataSource dataSource, UUID repository, int size, Corpus base,
                                          List<float[]> queries) throws Exception {
        Random random = new Random(42);
        List<ExactTop> exact = queries.stream().map(q -> new ExactTop(q, 10)).toList();
        try (Connection connection = dataSource.getConnection()) {
            connection.setNetworkTimeout(Runnable::run, 0);
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            int done = 0;
            while (done < size) {
                StringBuilder rows = new StringBuilder();
                int end = Math.min(size, done + 10_000);
                for (int i = done; i < end; i++) {
                    float[] vector = base.row(i, random);
                    for (ExactTop top : exact) {
                        top.offer(i, vector);
                    }
                    rows.append(repository).append('\t').append(path(i)).append("\t0\t1\t40\th").append(i)
                            .append('\t').append(new PGvector(vector)).append("\tall-minilm-l6-v2\tjava\n");
                }
                copy.copyIn("COPY file_embeddings (repository_id, path, chunk_index, start_line, end_line, content_hash, embedding,"
                        + " model, language) FROM STDIN", new StringReader(rows.toString()));
                done = end;
            }
        }
        return exact.stream().map(top -> top.paths()).toList();
    }

    private static String path(int row) {
        return "bench/f" + row + ".java";
    }

    /** The {@code k} rows nearest to one query by cosine (the vectors are unit length), kept while the rows stream by. */
    private static final class ExactTop {
        private final float[] query;
        private final int k;
        private final java.util.PriorityQueue<double[]> nearest = new java.util.PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));

        ExactTop(float[] query, int k) {
            this.query = query;
            this.k = k;
        }

        void offer(int row, float[] vector) {
            double similarity = dot(query, vector);
            if (nearest.size() < k) {
                nearest.add(new double[] {similarity, row});
            } else if (similarity > nearest.peek()[0]) {
                nearest.poll();
                nearest.add(new double[] {similarity, row});
            }
        }

        int[] rows() {
            return nearest.stream().mapToInt(entry -> (int) entry[1]).toArray();
        }

        Set<String> paths() {
            Set<String> paths = new HashSet<>();
            nearest.forEach(entry -> paths.add(path((int) entry[1])));
            return paths;
        }
    }

    /** How the search corpus's rows are made from the real vectors. */
    private interface Corpus {
        /** Row {@code i} (called in order from 0), a unit vector. */
        float[] row(int i, Random random);

        String describe();

        /** What share of the first {@code size} rows is real. */
        String portion(int size);
    }

    /** The real vectors themselves first, then renormalised mixtures of a real vector and one or two of its near neighbours. */
    private static final class Mixtures implements Corpus {
        private final List<float[]> real;
        private final int[][] neighbours;

        Mixtures(List<float[]> real) {
            this.real = real;
            long start = System.nanoTime();
            this.neighbours = java.util.stream.IntStream.range(0, real.size()).parallel().mapToObj(this::nearest).toArray(int[][]::new);
            System.out.printf(Locale.ROOT, "search corpus: %d nearest real neighbours of each of %d real vectors found in %.0f s%n",
                    MIX_NEIGHBOURS, real.size(), seconds(start));
        }

        private int[] nearest(int of) {
            ExactTop top = new ExactTop(real.get(of), MIX_NEIGHBOURS);
            for (int j = 0; j < real.size(); j++) {
                if (j != of) {
                    top.offer(j, real.get(j));
                }
            }
            return top.rows();
        }

        @Override
        public float[] row(int i, Random random) {
            if (i < real.size()) {
                return real.get(i);
            }
            int anchor = random.nextInt(real.size());
            int parts = 2 + random.nextInt(2);
            double[] weights = new double[parts];
            double sum = 0;
            for (int p = 0; p < parts; p++) { // uniform on the simplex: normalised exponentials
                weights[p] = -Math.log(1 - random.nextDouble());
                sum += weights[p];
            }
            float[] vector = new float[real.get(anchor).length];
            for (int p = 0; p < parts; p++) {
                float[] source = real.get(p == 0 ? anchor : neighbours[anchor][random.nextInt(MIX_NEIGHBOURS)]);
                for (int d = 0; d < vector.length; d++) {
                    vector[d] += (float) (weights[p] / sum * source[d]);
                }
            }
            return normalised(vector, random, MIX_NOISE_SIGMA);
        }

        @Override
        public String describe() {
            return String.format(Locale.ROOT, "the %d non-query real java.base vectors (int8 model), then renormalised mixtures of a real vector"
                    + " (drawn uniformly) and 1 or 2 of its %d nearest real neighbours, weights uniform on the simplex, plus noise of sigma"
                    + " %.3f per dimension", real.size(), MIX_NEIGHBOURS, MIX_NOISE_SIGMA);
        }

        @Override
        public String portion(int size) {
            int realRows = Math.min(size, real.size());
            return String.format(Locale.ROOT, "%d real (%.1f%%), %d mixtures", realRows, 100.0 * realRows / size, size - realRows);
        }
    }

    /** Copies of the real vectors (drawn uniformly) plus noise: clouds of near-equidistant copies around each real vector. */
    private record Copies(List<float[]> real) implements Corpus {
        @Override
        public float[] row(int i, Random random) {
            // per dimension: |noise| ~ sqrt(384) * 0.025 ~ 0.49, cos ~ 1 / sqrt(1 + 0.24) ~ 0.9
            return normalised(real.get(random.nextInt(real.size())).clone(), random, COPY_NOISE_SIGMA);
        }

        @Override
        public String describe() {
            return String.format(Locale.ROOT, "copies of the %d non-query real java.base vectors (int8 model, drawn uniformly) plus noise of sigma"
                    + " %.3f per dimension, renormalised", real.size(), COPY_NOISE_SIGMA);
        }

        @Override
        public String portion(int size) {
            return String.format(Locale.ROOT, "%d noisy copies (%.0f per real vector)", size, size / (double) real.size());
        }
    }

    /** {@code vector} plus Gaussian noise of {@code sigma} per dimension, scaled to unit length (in place). */
    private static float[] normalised(float[] vector, Random random, double sigma) {
        double norm = 0;
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) (vector[i] + random.nextGaussian() * sigma);
            norm += vector[i] * vector[i];
        }
        for (int i = 0; i < vector.length; i++) {
            vector[i] /= (float) Math.sqrt(norm);
        }
        return vector;
    }

    /** Whether the planner answers {@link EmbeddingQueries#NEAREST_SQL} through the HNSW index. */
    private static String plan(javax.sql.DataSource dataSource, UUID repository, float[] query) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement settings = connection.createStatement();
                 PreparedStatement explain = connection.prepareStatement("EXPLAIN " + EmbeddingQueries.NEAREST_SQL)) {
                settings.execute("SET LOCAL hnsw.iterative_scan = strict_order");
                PGvector vector = new PGvector(query);
                var none = connection.createArrayOf("text", new Object[0]);
                explain.setObject(1, vector);
                explain.setObject(2, repository);
                explain.setString(3, "all-minilm-l6-v2");
                for (int i = 4; i <= 7; i++) {
                    explain.setArray(i, none);
                }
                explain.setObject(8, vector);
                explain.setInt(9, 10);
                StringBuilder plan = new StringBuilder();
                try (ResultSet rows = explain.executeQuery()) {
                    while (rows.next()) {
                        plan.append(rows.getString(1));
                    }
                }
                return plan.toString().contains("idx_file_embeddings_embedding") ? "HNSW index scan" : "no HNSW index: " + plan;
            } finally {
                connection.rollback();
            }
        }
    }

    /** Per query among {@code a}, the share of its 10 nearest under {@code a} that are also its 10 nearest under {@code b}. */
    private static double agreement(List<float[]> a, List<float[]> b) {
        double total = 0;
        for (int q = 0; q < a.size(); q++) {
            Set<Integer> first = new HashSet<>(top(a, q));
            total += top(b, q).stream().filter(first::contains).count() / 10.0;
        }
        return total / a.size();
    }

    private static List<Integer> top(List<float[]> vectors, int query) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            if (i != query) {
                order.add(i);
            }
        }
        float[] q = vectors.get(query);
        order.sort((x, y) -> Double.compare(dot(q, vectors.get(y)), dot(q, vectors.get(x))));
        return order.subList(0, 10);
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static List<CodeChunk> chunks(Path corpus) {
        List<CodeChunk> all = new ArrayList<>();
        CodeChunker chunker = new CodeChunker();
        AnalysisStage collect = new AnalysisStage() {
            @Override
            public String name() {
                return "chunks";
            }

            @Override
            public void run(AnalysisContext context) {
                for (FileMetrics file : context.files()) {
                    var source = context.sources().get(file.path());
                    if (source != null) {
                        all.addAll(chunker.chunks(file, source));
                    }
                }
            }
        };
        new Analyzer(AnalysisStages.standardWith(List.of(collect))).analyze(corpus, AnalysisOptions.defaults().withoutHistory(),
                ProgressListener.NONE);
        return all;
    }

    private static <T> List<T> evenly(List<T> all, int count) {
        List<T> picked = new ArrayList<>();
        double step = Math.max(1.0, all.size() / (double) count);
        for (double i = 0; i < all.size() && picked.size() < count; i += step) {
            picked.add(all.get((int) i));
        }
        return picked;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
