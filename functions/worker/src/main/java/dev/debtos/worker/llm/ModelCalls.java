package dev.debtos.worker.llm;

import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The model calls of one scan's LLM stage (triage, review and critic share it): each call is checked against the
 * scan's token budget and the daily quota before it is made, its tokens are recorded in the usage log as it returns,
 * and failures in a row tell when the provider is down.
 */
final class ModelCalls {
    private static final Logger LOG = LogManager.getLogger(ModelCalls.class);
    /** Calls in a row that failed after their retries: the provider is down, so the rest of the scan is not sent. */
    static final int MAX_FAILED_CALLS_IN_A_ROW = 3;

    private final ReviewModel model;
    private final LlmUsage usage;
    private final int tokenBudget;
    private final long dailyQuota;
    int calls;
    long tokens;
    int failed;
    private int failedInARow;

    ModelCalls(ReviewModel model, LlmUsage usage, int tokenBudget, long dailyQuota) {
        this.model = model;
        this.usage = usage;
        this.tokenBudget = tokenBudget;
        this.dailyQuota = dailyQuota;
    }

    ReviewModel model() {
        return model;
    }

    int tokenBudget() {
        return tokenBudget;
    }

    boolean quotaReached() {
        return usage.tokensOfLast24Hours() >= dailyQuota;
    }

    /** Why a call of this size cannot be made now (the scan's budget, the daily quota), or null. */
    String affordable(ModelPrompt prompt) {
        return affordable(prompt, tokenBudget);
    }

    /** As {@link #affordable(ModelPrompt)}, with at most {@code limit} tokens of the scan spent after the call. */
    String affordable(ModelPrompt prompt, long limit) {
        long cost = prompt.estimatedInputTokens() + (long) prompt.maxOutputTokens();
        if (tokens + cost > Math.min(limit, tokenBudget)) {
            return "budget";
        }
        if (usage.tokensOfLast24Hours() + cost > dailyQuota) {
            return "quota";
        }
        return null;
    }

    /** The model's answer, or empty when the call failed for good (logged without the provider's text). */
    Optional<ModelAnswer> ask(ModelPrompt prompt) {
        try {
            ModelAnswer answer = model.ask(prompt);
            failedInARow = 0;
            calls++;
            tokens += answer.tokens();
            usage.record(model.provider(), model.model(), answer.inputTokens(), answer.outputTokens());
            return Optional.of(answer);
        } catch (ReviewModel.ModelCallFailed e) {
            failed++;
            failedInARow++;
            LOG.warn("Model call failed ({}): what it was about is left without a model's answer", e.getMessage());
            return Optional.empty();
        }
    }

    boolean providerDown() {
        return failedInARow >= MAX_FAILED_CALLS_IN_A_ROW;
    }
}
