package dev.debtos.worker.embed;

import com.zaxxer.hikari.HikariDataSource;
import dev.debtos.embedding.EmbeddingModels;
import dev.debtos.platform.db.Database;
import dev.debtos.platform.db.Migrations;
import dev.debtos.platform.db.TestDatabase;
import dev.debtos.platform.embeddings.TextEmbedder;

/**
 * What the embedding integration tests share: a database of their own (migrated, pgvector included, dropped on close)
 * and the real all-MiniLM-L6-v2 model.
 */
record ModelDatabase(TestDatabase database, HikariDataSource dataSource, TextEmbedder model) implements AutoCloseable {

    static ModelDatabase open() throws Exception {
        TestDatabase database = TestDatabase.create();
        HikariDataSource dataSource = Database.pooled(database.settings(), 4);
        new Migrations().migrate(dataSource);
        return new ModelDatabase(database, dataSource, EmbeddingModels.minilm());
    }

    @Override
    public void close() throws Exception {
        dataSource.close();
        database.close();
    }
}
