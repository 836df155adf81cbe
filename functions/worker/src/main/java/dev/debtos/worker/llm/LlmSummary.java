package dev.debtos.worker.llm;

import java.util.Optional;

/**
 * A scan's LLM figures ({@code stats.llm}): the provider and model, calls made and tokens they used, files whose
 * answer came from the cache, findings kept, dropped by validation, rejected by the critic and folded into a rule
 * finding at the same place, malformed answers and failed calls, and why the stage stopped early ({@code budget},
 * {@code quota}, {@code provider unavailable}) if it did. {@code skipped} says why the stage did not run at all.
 */
public record LlmSummary(String provider, String model, int candidates, int calls, long tokens, int cachedFiles,
                         int reviewedFiles, int findings, int dropped, int rejected, int merged, int malformed,
                         int failedCalls, Optional<String> stopped, Optional<String> skipped, Triage triage) {

    /**
     * The triage of rule findings: how many of the top findings have a verdict (from a call or the cache), how many
     * of them the model judged not actionable, and how many verdicts came from the cache.
     */
    public record Triage(int triaged, int notActionable, int cached) {
        public static final Triage NONE = new Triage(0, 0, 0);
    }

    /** The stage did not run: {@code reason} says why (no provider, the repository opted out). */
    public static LlmSummary skipped(String provider, String reason) {
        return new LlmSummary(provider, "", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Optional.empty(), Optional.of(reason),
                Triage.NONE);
    }

    /** A warning for the scan when the stage stopped before reviewing every candidate it could afford. */
    public Optional<String> warning() {
        return stopped.map(reason -> switch (reason) {
            case "quota" -> "LLM review stopped: the daily token quota (LLM_DAILY_TOKEN_QUOTA) is reached";
            case "budget" -> "LLM review stopped at the scan's token budget (llmTokenBudget)";
            case "provider unavailable" -> "LLM review stopped: the model provider failed 3 calls in a row";
            default -> "LLM review stopped: " + reason;
        });
    }
}
