package dev.debtos.worker.llm;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Where each call's tokens are recorded ({@code llm_usage} in the worker) and how many tokens all scans used in the last
 * 24 hours (a rolling window), which the daily quota is checked against.
 */
public interface LlmUsage {

    void record(String provider, String model, int inputTokens, int outputTokens);

    long tokensOfLast24Hours();

    /** Usage counted in memory only (one {@code debt-os analyze} run). */
    static LlmUsage inMemory() {
        AtomicLong used = new AtomicLong();
        return new LlmUsage() {
            @Override
            public void record(String provider, String model, int inputTokens, int outputTokens) {
                used.addAndGet((long) inputTokens + outputTokens);
            }

            @Override
            public long tokensOfLast24Hours() {
                return used.get();
            }
        };
    }
}
