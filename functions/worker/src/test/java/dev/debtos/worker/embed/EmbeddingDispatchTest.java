package dev.debtos.worker.embed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.engine.chunks.CodeChunk;
import dev.debtos.platform.embeddings.EmbeddingBatchStore.BatchChunk;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EmbeddingDispatchTest {

    @Test
    void batchesHoldWholeFilesUpToTheirSizeAndALargerFileAlone() {
        List<List<CodeChunk>> files = List.of(file("a", 100), file("b", 20), file("c", 20), file("d", 300), file("e", 5));
        List<List<BatchChunk>> batches = EmbeddingDispatch.split(files);
        assertThat(batches).extracting(List::size).containsExactly(120, 20, 300, 5);
        assertThat(batches.get(0)).extracting(BatchChunk::path).containsOnly("a", "b");
        assertThat(batches.get(2)).extracting(BatchChunk::path).containsOnly("d");
        assertThat(batches.stream().mapToInt(List::size).sum()).isEqualTo(445);
        for (List<BatchChunk> batch : batches) {
            assertThat(batch.size() <= EmbeddingDispatch.BATCH_CHUNKS || batch.stream().map(BatchChunk::path).distinct().count() == 1)
                    .as("at most %d chunks, unless one file is larger", EmbeddingDispatch.BATCH_CHUNKS).isTrue();
        }
        assertThat(batches.get(0).get(1)).isEqualTo(new BatchChunk("a", 1, 2, 2, "a-1", "f1", "java", "snippet a", "text a 1"));
    }

    @Test
    void noFilesNoBatches() {
        assertThat(EmbeddingDispatch.split(List.of())).isEmpty();
    }

    private static List<CodeChunk> file(String path, int chunks) {
        List<CodeChunk> file = new ArrayList<>();
        IntStream.range(0, chunks).forEach(i -> file.add(new CodeChunk(path, "java", i, i + 1, i + 1, "f" + i,
                "text " + path + " " + i, path + "-" + i, "snippet " + path)));
        return file;
    }
}
