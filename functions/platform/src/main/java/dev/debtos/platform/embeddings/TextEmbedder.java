package dev.debtos.platform.embeddings;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * The embedding model port: text in, unit-length vectors out. Every stored vector carries {@link #model()} and
 * {@link #dimensions()}, and vectors of different models are never compared. Implementations live in the
 * {@code debt-os-embedding} module and are found through {@link Provider} with {@link ServiceLoader}, so only the
 * functions packaged with that module (the scan worker, the search function, the local runtime) carry a model.
 */
public interface TextEmbedder {

    /** The name stored with every vector of this model, e.g. {@code all-minilm-l6-v2}. */
    String model();

    int dimensions();

    /** One vector per text, in order. */
    List<float[]> embedAll(List<String> texts);

    default float[] embed(String text) {
        return embedAll(List.of(text)).getFirst();
    }

    /** Builds the configured model from environment variables (see the embedding module's README). */
    interface Provider {
        TextEmbedder create(Function<String, String> environment);
    }

    /** The model the environment configures, or empty when no model is packaged with this function. */
    static Optional<TextEmbedder> fromEnvironment(Function<String, String> environment) {
        return ServiceLoader.load(Provider.class).findFirst().map(provider -> provider.create(environment));
    }
}
