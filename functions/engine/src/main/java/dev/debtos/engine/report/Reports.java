package dev.debtos.engine.report;

import dev.debtos.engine.ProgressListener;
import dev.debtos.engine.analysis.AnalysisResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Writes report.json, report.sarif and report.html into one directory, in parallel (each is independent). */
public final class Reports {
    private static final List<ReportWriter> WRITERS = List.of(new JsonReportWriter(), new SarifReportWriter(), new HtmlReportWriter());

    private Reports() {
    }

    public static void writeAll(AnalysisResult result, Path sourceRoot, Path directory, ProgressListener progress) throws IOException {
        Files.createDirectories(directory);
        AtomicInteger done = new AtomicInteger();
        progress.update("reports", 0, WRITERS.size());
        try (ExecutorService pool = Executors.newFixedThreadPool(WRITERS.size(), Thread.ofPlatform().daemon().factory())) {
            List<Future<?>> futures = new ArrayList<>();
            for (ReportWriter writer : WRITERS) {
                futures.add(pool.submit(() -> {
                    try {
                        writer.write(result, sourceRoot, directory.resolve(writer.fileName()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    progress.update("reports", done.incrementAndGet(), WRITERS.size());
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("writing reports was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof UncheckedIOException io ? io.getCause() : new IOException("writing a report failed", e.getCause());
        }
    }
}
