package dev.debtos.worker.llm;

/** One question to the model: the instructions, the data (code as untrusted text) and the most it may answer. */
public record ModelPrompt(String system, String user, int maxOutputTokens) {

    /** A rough count of the tokens the prompt costs (4 characters a token), for the budget before a call. */
    public int estimatedInputTokens() {
        return (system.length() + user.length()) / 4 + 16;
    }
}
