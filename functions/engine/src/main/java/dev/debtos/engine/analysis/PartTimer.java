package dev.debtos.engine.analysis;

import dev.debtos.engine.ProgressListener;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;

/** Times one part of a stage (a rule, loading documents) and tells the progress listener its wall and CPU time. */
final class PartTimer {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** What a part produced and how long it took: wall time, and CPU time of the thread that ran it (-1: unknown). */
    record Timed<T>(T value, long wallNanos, long cpuNanos) {
        T reportedTo(ProgressListener progress, String stage, String part) {
            progress.timed(stage, part, wallNanos, cpuNanos);
            return value;
        }
    }

    private PartTimer() {
    }

    static <T> T timed(ProgressListener progress, String stage, String part, Supplier<T> work) {
        return measure(work).reportedTo(progress, stage, part);
    }

    /** Runs the work on this thread and times it. */
    static <T> Timed<T> measure(Supplier<T> work) {
        long wall = System.nanoTime();
        long cpu = cpuNanos();
        T result = work.get();
        long cpuAfter = cpuNanos();
        return new Timed<>(result, System.nanoTime() - wall, cpu < 0 || cpuAfter < 0 ? -1 : cpuAfter - cpu);
    }

    /** This thread's CPU time, or -1 where the JVM does not measure it. */
    private static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
    }
}
