package dev.debtos.worker.llm;

/**
 * The chat model port of the review stage: one call, its text and its token usage. {@link LangChainReviewModel}
 * is the real one (LangChain4j's OpenAI and Anthropic clients); a failure that outlived the retries is a
 * {@link ModelCallFailed}.
 */
public interface ReviewModel {

    String provider();

    String model();

    ModelAnswer ask(ModelPrompt prompt) throws ModelCallFailed;

    /** A call that failed for good; its message names the failure's kind and status, never the provider's text. */
    final class ModelCallFailed extends Exception {
        public ModelCallFailed(String message) {
            super(message);
        }
    }
}
