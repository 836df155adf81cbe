package dev.debtos.engine.analysis;

import dev.debtos.engine.ProgressListener;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;

/** Times one part of a stage (a rule, loading documents) and tells the progress listener its wall and CPU time. */
final class PartTimer {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private PartTimer() {
    }

    static <T> T timed(ProgressListener progress, String stage, String part, Supplier<T> work) {
        long wall = System.nanoTime();
        long cpu = cpuNanos();
        T result = work.get();
        long cpuAfter = cpuNanos();
        progress.timed(stage, part, System.nanoTime() - wall, cpu < 0 || cpuAfter < 0 ? -1 : cpuAfter - cpu);
        return result;
    }

    /** This thread's CPU time, or -1 where the JVM does not measure it. */
    private static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
    }
}
