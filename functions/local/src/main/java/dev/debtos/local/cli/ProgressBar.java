package dev.debtos.local.cli;

import dev.debtos.engine.ProgressListener;
import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress bar on stderr: redrawn in place on a terminal, one line per stage (and every 25 %) otherwise, so
 * CI logs stay readable.
 */
final class ProgressBar implements ProgressListener {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final boolean interactive;
    private String currentStage = "";
    private int lastQuarter = -1;
    private long lastDraw;

    ProgressBar(PrintStream out, boolean interactive) {
        this.out = out;
        this.interactive = interactive;
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

    synchronized void finish() {
        if (interactive && !currentStage.isEmpty()) {
            out.println();
        }
    }
}
