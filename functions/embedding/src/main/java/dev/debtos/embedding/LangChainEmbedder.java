package dev.debtos.embedding;

import dev.debtos.platform.embeddings.TextEmbedder;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.List;

/** A LangChain4j embedding model behind the {@link TextEmbedder} port; vectors come back unit length. */
final class LangChainEmbedder implements TextEmbedder {
    private final EmbeddingModel model;
    private final String name;
    private final int dimensions;

    LangChainEmbedder(EmbeddingModel model, String name, int dimensions) {
        this.model = model;
        this.name = name;
        this.dimensions = dimensions;
    }

    @Override
    public String model() {
        return name;
    }

    @Override
    public int dimensions() {
        return dimensions;
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<Embedding> embeddings = model.embedAll(texts.stream().map(TextSegment::from).toList()).content();
        if (embeddings.size() != texts.size()) {
            throw new IllegalStateException(name + " returned " + embeddings.size() + " vectors for " + texts.size() + " texts");
        }
        return embeddings.stream().map(this::unit).toList();
    }

    private float[] unit(Embedding embedding) {
        float[] vector = embedding.vector();
        if (vector.length != dimensions) {
            throw new IllegalStateException(name + " returned " + vector.length + " dimensions, expected " + dimensions);
        }
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        if (norm == 0) {
            return vector;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = vector[i] * scale;
        }
        return unit;
    }
}
