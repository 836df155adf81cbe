package dev.debtos.local.cli;

import dev.debtos.engine.ProgressListener;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A progress bar on stderr: redrawn in place on a terminal, one line per stage (and every 25 %) otherwise, so
 * CI logs stay readable. With timings on, it lists at the end how long each timed part of a stage took (each rule).
 */
final class ProgressBar implements ProgressListener {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final boolean interactive;
    private String currentStage = "";
    private int lastQuarter = -1;
    private long lastDraw;
    private List<String> timings;

    ProgressBar(PrintStream out, boolean interactive) {
        this.out = out;
        this.interactive = interactive;
    }

    /** Keeps the timed parts of stages, to list them at {@link #finish()}. */
    ProgressBar withTimings() {
        timings = new ArrayList<>();
        return this;
    }

    static ProgressBar onStderr() {
        return new ProgressBar(System.err, System.console() != null && System.getenv("CI") == null);
    }

    @Override
    public synchronized void update(String stage, long done, long total) {
        boolean newStage = !stage.equals(currentStage);
        if (newStage) {
            if (interactive && !currentStage.isEmpty()) {
                out.println();
            }
            currentStage = stage;
            lastQuarter = -1;
        }
        int percent = total <= 0 ? 100 : (int) Math.min(100, done * 100 / total);
        if (interactive) {
            long now = System.nanoTime();
            if (newStage || done >= total || now - lastDraw > 50_000_000L) {
                int filled = percent * WIDTH / 100;
                out.print(String.format(Locale.ROOT, "\r%-12s [%s%s] %3d%% %d/%d", stage, "#".repeat(filled),
                        ".".repeat(WIDTH - filled), percent, done, total));
                out.flush();
                lastDraw = now;
            }
        } else if (percent / 25 != lastQuarter) {
            lastQuarter = percent / 25;
            out.println(String.format(Locale.ROOT, "%-12s %3d%% (%d/%d)", stage, percent, done, total));
        }
    }

    @Override
    public synchronized void timed(String stage, String part, long wallNanos, long cpuNanos) {
        if (timings != null) {
            timings.add(String.format(Locale.ROOT, "%-12s %-24s %8.0f ms wall %8s", stage, part, wallNanos / 1e6,
                    cpuNanos < 0 ? "" : String.format(Locale.ROOT, "%.0f ms CPU", cpuNanos / 1e6)));
        }
    }

    synchronized void finish() {
        if (interactive && !currentStage.isEmpty()) {
            out.println();
        }
        if (timings != null) {
            timings.forEach(out::println);
        }
    }
}
