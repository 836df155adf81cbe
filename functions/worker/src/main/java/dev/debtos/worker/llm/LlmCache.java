package dev.debtos.worker.llm;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers already paid for, keyed by (blob id, model, prompt version): the same file text reviewed by the same model
 * with the same prompt is never sent twice. The worker's is the {@code llm_cache} table; {@code debt-os analyze} keeps
 * one per run.
 */
public interface LlmCache {

    Optional<String> find(String blobId, String model, String promptVersion);

    void store(String blobId, String model, String promptVersion, String answerJson, int inputTokens, int outputTokens);

    /** A cache held in memory for one process. */
    static LlmCache inMemory() {
        ConcurrentHashMap<String, String> answers = new ConcurrentHashMap<>();
        return new LlmCache() {
            @Override
            public Optional<String> find(String blobId, String model, String promptVersion) {
                return Optional.ofNullable(answers.get(blobId + '\0' + model + '\0' + promptVersion));
            }

            @Override
            public void store(String blobId, String model, String promptVersion, String answerJson, int in, int out) {
                answers.put(blobId + '\0' + model + '\0' + promptVersion, answerJson);
            }
        };
    }
}
