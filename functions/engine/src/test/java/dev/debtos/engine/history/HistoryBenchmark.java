package dev.debtos.engine.history;

import dev.debtos.engine.ProgressListener;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Mines a repository with the default options and prints what it found and how long it took; run by
 * {@code scripts/lib/bench-history}. Arguments: repository directory, optional number of runs (default 1; later
 * runs show the warmed-up JVM). Prints numbers, never a verdict.
 */
public final class HistoryBenchmark {

    private HistoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: HistoryBenchmark REPOSITORY_DIR [RUNS]");
            System.exit(2);
        }
        Path repository = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Integer threads = Integer.getInteger("threads");
        HistoryMiner miner = threads == null ? new HistoryMiner() : new HistoryMiner(threads);
        for (int run = 1; run <= runs; run++) {
            long cpuBefore = processCpuMs();
            long start = System.nanoTime();
            HistoryReport report = miner.mine(repository, HistoryOptions.defaults(), ProgressListener.NONE);
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("run %d: commits analysed %d, files %d, coupling pairs %d, authors %d, bus factor %d,"
                            + " elapsed %d ms, process cpu %d ms%n", run, report.commitsAnalyzed(),
                    report.files().size(), report.coupling().size(), report.authors().size(), report.busFactor(),
                    elapsedMs, processCpuMs() - cpuBefore);
        }
    }

    /** CPU time of the whole JVM (all threads, JIT and GC included). */
    private static long processCpuMs() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
    }
}
