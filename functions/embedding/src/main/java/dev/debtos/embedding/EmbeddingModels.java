package dev.debtos.embedding;

import dev.debtos.platform.embeddings.TextEmbedder;
import dev.langchain4j.model.openai.OpenAiEmbeddingModel;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The embedding models DEBT-OS can use, chosen by {@code EMBEDDING_MODEL}:
 * <ul>
 *   <li>{@code all-minilm-l6-v2} (default): sentence-transformers' all-MiniLM-L6-v2 in process (ONNX, fp32), 384
 *       dimensions; the model file and tokenizer ship in LangChain4j's Maven artifact, nothing is downloaded. Run by
 *       {@link ParallelBertEmbedder}, which gives LangChain4j's vectors at a fraction of its CPU time.</li>
 *   <li>{@code all-minilm-l6-v2-q}: its int8-quantized variant, the same way.</li>
 *   <li>{@code openai}: OpenAI's {@code EMBEDDING_OPENAI_MODEL} (default {@code text-embedding-3-small}) asked for
 *       384 dimensions, so its vectors fit the same column and index; needs {@code OPENAI_API_KEY}, and
 *       {@code OPENAI_BASE_URL} points it at another server speaking the protocol. Stored as
 *       {@code openai/<model>@384}: never compared with the in-process model's vectors.</li>
 * </ul>
 */
public final class EmbeddingModels implements TextEmbedder.Provider {
    public static final String MINILM = "all-minilm-l6-v2";
    public static final String MINILM_QUANTIZED = "all-minilm-l6-v2-q";
    public static final String OPENAI = "openai";
    public static final int DIMENSIONS = 384;

    @Override
    public TextEmbedder create(Function<String, String> environment) {
        String chosen = environment.apply("EMBEDDING_MODEL");
        String model = chosen == null || chosen.isBlank() ? MINILM : chosen.strip().toLowerCase(Locale.ROOT);
        return switch (model) {
            case MINILM -> minilm();
            case MINILM_QUANTIZED -> minilmQuantized();
            case OPENAI -> openAi(environment);
            default -> throw new IllegalArgumentException("EMBEDDING_MODEL must be " + MINILM + ", " + MINILM_QUANTIZED
                    + " or " + OPENAI);
        };
    }

    /** The in-process models, loaded once per process (an ONNX session is safe to share between threads). */
    private static final Map<String, TextEmbedder> IN_PROCESS = new ConcurrentHashMap<>();

    public static TextEmbedder minilm() {
        return IN_PROCESS.computeIfAbsent(MINILM,
                name -> new ParallelBertEmbedder(name, DIMENSIONS, "all-minilm-l6-v2.onnx", "all-minilm-l6-v2-tokenizer.json"));
    }

    public static TextEmbedder minilmQuantized() {
        return IN_PROCESS.computeIfAbsent(MINILM_QUANTIZED,
                name -> new ParallelBertEmbedder(name, DIMENSIONS, "all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json"));
    }

    /**
     * Loads the configured in-process model now, so that a function initialising under SnapStart has it in its
     * snapshot: it opens no socket, only reads the model from the class path. Remote models and {@code none} load
     * nothing. Answers the loaded model's name, or empty.
     */
    public static java.util.Optional<String> preload(Function<String, String> environment) {
        String chosen = environment.apply("EMBEDDING_MODEL");
        String model = chosen == null || chosen.isBlank() ? MINILM : chosen.strip().toLowerCase(Locale.ROOT);
        return switch (model) {
            case MINILM -> java.util.Optional.of(minilm().model());
            case MINILM_QUANTIZED -> java.util.Optional.of(minilmQuantized().model());
            default -> java.util.Optional.empty();
        };
    }

    static TextEmbedder openAi(Function<String, String> environment) {
        String key = environment.apply("OPENAI_API_KEY");
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("EMBEDDING_MODEL=openai needs OPENAI_API_KEY");
        }
        String name = environment.apply("EMBEDDING_OPENAI_MODEL");
        String modelName = name == null || name.isBlank() ? "text-embedding-3-small" : name.strip();
        var builder = OpenAiEmbeddingModel.builder().apiKey(key).modelName(modelName).dimensions(DIMENSIONS);
        String baseUrl = environment.apply("OPENAI_BASE_URL");
        if (baseUrl != null && !baseUrl.isBlank()) {
            builder.baseUrl(baseUrl.strip());
        }
        return new LangChainEmbedder(builder.build(), "openai/" + modelName + "@" + DIMENSIONS, DIMENSIONS);
    }
}
