package dev.debtos.worker.llm;

import dev.langchain4j.model.chat.request.json.JsonSchema;

/**
 * One question to the model: the instructions, the data (code as untrusted text), the most it may answer, and the
 * JSON schema its answer must follow (structured output).
 */
public record ModelPrompt(String system, String user, int maxOutputTokens, JsonSchema schema) {

    /** A question answered in the review's shape ({@link ReviewSchema}). */
    public ModelPrompt(String system, String user, int maxOutputTokens) {
        this(system, user, maxOutputTokens, ReviewSchema.SCHEMA);
    }

    /** A rough count of the tokens the prompt costs (4 characters a token), for the budget before a call. */
    public int estimatedInputTokens() {
        return (system.length() + user.length()) / 4 + 16;
    }
}
