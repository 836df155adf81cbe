package dev.debtos.platform.embeddings;

import dev.debtos.platform.config.AppConfig;
import dev.debtos.platform.config.Secret;
import java.util.Optional;
import java.util.function.Function;

/** The embedding model a function is configured with ({@code EMBEDDING_MODEL}), if one is packaged with it. */
public final class TextEmbedders {
    /** The model of the vectors a query vector is compared with when the function has no model of its own. */
    public static final String DEFAULT_MODEL = "all-minilm-l6-v2";

    private TextEmbedders() {
    }

    /**
     * The configured model, when one is packaged with this function and {@code EMBEDDING_MODEL} is not {@code none};
     * the OpenAI key comes from the config (so {@code OPENAI_API_KEY_SECRET_ARN} works too).
     */
    public static Optional<TextEmbedder> configured(AppConfig config) {
        return configured(config, System::getenv);
    }

    static Optional<TextEmbedder> configured(AppConfig config, Function<String, String> variables) {
        String chosen = variables.apply("EMBEDDING_MODEL");
        if (chosen != null && "none".equalsIgnoreCase(chosen.strip())) {
            return Optional.empty();
        }
        Function<String, String> environment = name -> "OPENAI_API_KEY".equals(name)
                ? config.openAiApiKey().map(Secret::reveal).orElse(null)
                : variables.apply(name);
        return TextEmbedder.fromEnvironment(environment);
    }
}
