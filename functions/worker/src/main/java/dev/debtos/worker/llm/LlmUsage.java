package dev.debtos.worker.llm;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Where each call's tokens are recorded ({@code llm_usage} in the worker) and how many tokens all scans used today
 * (UTC), which the daily quota is checked against.
 */
public interface LlmUsage {

    void record(String provider, String model, int inputTokens, int outputTokens);

    long tokensToday();

    /** Usage counted in memory only (one {@code debt-os analyze} run). */
    static LlmUsage inMemory() {
        AtomicLong today = new AtomicLong();
        return new LlmUsage() {
            @Override
            public void record(String provider, String model, int inputTokens, int outputTokens) {
                today.addAndGet((long) inputTokens + outputTokens);
            }

            @Override
            public long tokensToday() {
                return today.get();
            }
        };
    }
}
