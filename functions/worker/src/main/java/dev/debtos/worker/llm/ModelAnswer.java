package dev.debtos.worker.llm;

/** The model's text and the tokens the provider says the call used. */
public record ModelAnswer(String text, int inputTokens, int outputTokens) {

    public int tokens() {
        return inputTokens + outputTokens;
    }
}
