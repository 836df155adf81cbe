package dev.debtos.platform.embeddings;

import com.pgvector.PGvector;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Writes and reads a repository's chunk vectors in {@code file_embeddings} for the embed stage. The rows hold the
 * repository's last analysed tree, one model at a time: a file's rows are replaced only when its chunks changed,
 * so an unchanged rescan writes nothing, and a vector is looked up by its chunk's content hash before a model is
 * asked for it.
 */
public final class ChunkVectorStore {
    private static final int INSERT_BATCH = 500;

    private final DataSource dataSource;

    public ChunkVectorStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A stored chunk without its vector: what the stage compares a file's new chunks with. */
    public record StoredChunk(int chunkIndex, int startLine, int endLine, String contentHash, String name) {
    }

    /** A chunk to store with its vector. */
    public record ChunkRow(String path, int chunkIndex, int startLine, int endLine, String contentHash, String name,
                           String language, String snippet, float[] vector) {
    }

    /** The stored chunks of every file of the repository for {@code model}, by path, in chunk order. */
    public Map<String, List<StoredChunk>> stored(UUID repositoryId, String model) throws SQLException {
        Map<String, List<StoredChunk>> byPath = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT path, chunk_index, start_line, end_line, content_hash, name FROM file_embeddings
                      WHERE repository_id = ? AND model = ? ORDER BY path, chunk_index""")) {
            select.setObject(1, repositoryId);
            select.setString(2, model);
            select.setFetchSize(5_000);
            connection.setAutoCommit(false); // a fetch size only streams inside a transaction
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    byPath.computeIfAbsent(rows.getString(1), p -> new ArrayList<>()).add(new StoredChunk(rows.getInt(2),
                            rows.getInt(3), rows.getInt(4), rows.getString(5), rows.getString(6)));
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
        return byPath;
    }

    /** A stored function chunk with its vector. */
    public record FunctionVector(String path, int startLine, int endLine, String name, float[] vector) {
    }

    /** The repository's stored function chunks of {@code model} with at least {@code minLines} lines, by path and line. */
    public List<FunctionVector> functions(UUID repositoryId, String model, int minLines) throws SQLException {
        List<FunctionVector> functions = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT path, start_line, end_line, name, embedding::text FROM file_embeddings
                      WHERE repository_id = ? AND model = ? AND name IS NOT NULL AND end_line - start_line + 1 >= ?
                      ORDER BY path, start_line""")) {
            select.setObject(1, repositoryId);
            select.setString(2, model);
            select.setInt(3, minLines);
            select.setFetchSize(2_000);
            connection.setAutoCommit(false);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    functions.add(new FunctionVector(rows.getString(1), rows.getInt(2), rows.getInt(3), rows.getString(4),
                            new PGvector(rows.getString(5)).toArray()));
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
        return functions;
    }

    /** The stored vectors of the repository for {@code model} among {@code hashes}, by content hash. */
    public Map<String, float[]> vectors(UUID repositoryId, String model, Collection<String> hashes) throws SQLException {
        Map<String, float[]> found = new HashMap<>();
        if (hashes.isEmpty()) {
            return found;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT DISTINCT ON (content_hash) content_hash, embedding::text FROM file_embeddings
                      WHERE repository_id = ? AND model = ? AND content_hash = ANY (?)""")) {
            Array array = connection.createArrayOf("text", new LinkedHashSet<>(hashes).toArray());
            select.setObject(1, repositoryId);
            select.setString(2, model);
            select.setArray(3, array);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getString(1), new PGvector(rows.getString(2)).toArray());
                }
            }
        }
        return found;
    }

    /**
     * In one transaction: deletes the rows of {@code removedPaths} and of every path among {@code rows}, then inserts
     * {@code rows}. Other files' rows stay as they are.
     */
    public void replace(UUID repositoryId, String model, int dimensions, Set<String> removedPaths, List<ChunkRow> rows)
            throws SQLException {
        Set<String> paths = new LinkedHashSet<>(removedPaths);
        rows.forEach(row -> paths.add(row.path()));
        if (paths.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                replace(connection, repositoryId, model, dimensions, paths, rows);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /** Inside the caller's transaction: deletes the rows of {@code paths}, then inserts {@code rows}. */
    static void replace(Connection connection, UUID repositoryId, String model, int dimensions, Set<String> paths,
                        List<ChunkRow> rows) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM file_embeddings WHERE repository_id = ? AND model = ? AND path = ANY (?)");
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO file_embeddings (repository_id, path, chunk_index, start_line, end_line, content_hash,
                                                  embedding, model, name, language, snippet, dimensions)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            delete.setObject(1, repositoryId);
            delete.setString(2, model);
            delete.setArray(3, connection.createArrayOf("text", paths.toArray()));
            delete.executeUpdate();
            int pending = 0;
            for (ChunkRow row : rows) {
                insert.setObject(1, repositoryId);
                insert.setString(2, row.path());
                insert.setInt(3, row.chunkIndex());
                insert.setInt(4, row.startLine());
                insert.setInt(5, row.endLine());
                insert.setString(6, row.contentHash());
                insert.setObject(7, new PGvector(row.vector()));
                insert.setString(8, model);
                insert.setString(9, row.name());
                insert.setString(10, row.language());
                insert.setString(11, row.snippet());
                insert.setInt(12, dimensions);
                insert.addBatch();
                if (++pending == INSERT_BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }
}
