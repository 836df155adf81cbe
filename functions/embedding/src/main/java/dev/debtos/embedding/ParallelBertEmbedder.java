package dev.debtos.embedding;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.debtos.platform.embeddings.TextEmbedder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A sentence-transformers BERT model (ONNX file and HuggingFace tokenizer from the class path) that embeds the texts
 * of one call on one worker thread per available core, each text in an ONNX run of its own on a single intra-op
 * thread that does not spin.
 *
 * <p>Why this shape, measured on java.base chunks with all-MiniLM-L6-v2 on 2 cores: ONNX Runtime's own intra-op
 * threads synchronise at every operator and spin while they wait, which wastes a shared machine's cores; padded
 * batches of similar-length texts cost more CPU than they save on this model (the tokenizer truncates at 128 word
 * pieces, so a text is already a sizeable matrix); and the int8 model quantizes its activations per run, so only a
 * run of one text gives a text the same vector whatever else is embedded with it.
 *
 * <p>The vectors are those of LangChain4j's in-process model of the same files (equal within float rounding): the same
 * tokenizer with the truncation its file configures (128 word pieces for all-MiniLM-L6-v2, the length it was trained
 * on), mean pooling over all tokens, unit length.
 */
final class ParallelBertEmbedder implements TextEmbedder {
    private static final int CORES = Runtime.getRuntime().availableProcessors();
    private static final ExecutorService WORKERS = Executors.newFixedThreadPool(CORES, runnable -> {
        Thread thread = new Thread(runnable, "embedding-worker");
        thread.setDaemon(true);
        return thread;
    });

    private final String name;
    private final int dimensions;
    private final OrtEnvironment environment;
    private final OrtSession session;
    private final boolean takesTokenTypes;
    private final HuggingFaceTokenizer tokenizer;

    ParallelBertEmbedder(String name, int dimensions, String modelResource, String tokenizerResource) {
        this.name = name;
        this.dimensions = dimensions;
        try (InputStream tokenizerJson = resource(tokenizerResource)) {
            this.environment = OrtEnvironment.getEnvironment();
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                options.addConfigEntry("session.intra_op.allow_spinning", "0");
                options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
                this.session = environment.createSession(modelBytes(modelResource), options);
            }
            this.takesTokenTypes = session.getInputNames().contains("token_type_ids");
            this.tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson, Map.of("padding", "false"));
        } catch (OrtException e) {
            throw new IllegalStateException("could not load " + modelResource, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        float[][] vectors = new float[texts.size()][];
        AtomicInteger next = new AtomicInteger();
        Callable<Void> worker = () -> {
            for (int i = next.getAndIncrement(); i < texts.size(); i = next.getAndIncrement()) {
                vectors[i] = embedOne(texts.get(i));
            }
            return null;
        };
        int helpers = Math.min(CORES, texts.size()) - 1;
        List<Future<Void>> started = new ArrayList<>(helpers);
        for (int i = 0; i < helpers; i++) {
            started.add(WORKERS.submit(worker));
        }
        try {
            worker.call();
            for (Future<Void> helper : started) {
                helper.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while embedding", e);
        } catch (Exception e) {
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
        return List.of(vectors);
    }

    /** One ONNX run over one text: its token vectors mean-pooled, at unit length. */
    private float[] embedOne(String text) {
        long[] ids = tokenizer.encode(text, true, false).getIds();
        long[] shape = {1, ids.length};
        long[] mask = new long[ids.length];
        java.util.Arrays.fill(mask, 1L);
        try (OnnxTensor idsTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
             OnnxTensor typesTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape)) {
            Map<String, OnnxTensor> inputs = takesTokenTypes
                    ? Map.of("input_ids", idsTensor, "attention_mask", maskTensor, "token_type_ids", typesTensor)
                    : Map.of("input_ids", idsTensor, "attention_mask", maskTensor);
            try (OrtSession.Result result = session.run(inputs)) {
                return meanPooledUnit(((OnnxTensor) result.get(0)).getFloatBuffer(), ids.length);
            }
        } catch (OrtException e) {
            throw new IllegalStateException(name + " failed on a text of " + ids.length + " tokens", e);
        }
    }

    private float[] meanPooledUnit(FloatBuffer hidden, int tokens) {
        float[] sum = new float[dimensions];
        for (int t = 0; t < tokens; t++) {
            int offset = t * dimensions;
            for (int d = 0; d < dimensions; d++) {
                sum[d] += hidden.get(offset + d);
            }
        }
        double norm = 0;
        for (int d = 0; d < dimensions; d++) {
            sum[d] /= tokens;
            norm += sum[d] * sum[d];
        }
        if (norm == 0) {
            return sum;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < dimensions; d++) {
            sum[d] *= scale;
        }
        return sum;
    }

    private static byte[] modelBytes(String resource) throws IOException {
        try (InputStream model = resource(resource)) {
            return model.readAllBytes();
        }
    }

    private static InputStream resource(String name) {
        InputStream stream = ParallelBertEmbedder.class.getClassLoader().getResourceAsStream(name);
        if (stream == null) {
            throw new IllegalStateException(name + " is not on the class path");
        }
        return stream;
    }
}
