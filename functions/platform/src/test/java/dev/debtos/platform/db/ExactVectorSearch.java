package dev.debtos.platform.db;

import com.pgvector.PGvector;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The true nearest neighbours of a query among a repository's stored chunks of one model, found by a sequential scan
 * (index and bitmap scans off for the one transaction): the reference an approximate HNSW search's recall is
 * measured against.
 */
public final class ExactVectorSearch {
    private ExactVectorSearch() {
    }

    /** The paths of the {@code k} chunks nearest to {@code query} by cosine distance. */
    public static Set<String> nearestPaths(DataSource dataSource, UUID repository, String model, float[] query, int k)
            throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setNetworkTimeout(Runnable::run, 0); // a sequential scan of a large corpus outlasts the pool's timeout
            connection.setAutoCommit(false);
            try (Statement settings = connection.createStatement();
                 PreparedStatement select = connection.prepareStatement("SELECT path FROM file_embeddings"
                         + " WHERE repository_id = ? AND model = ? ORDER BY embedding <=> ? LIMIT ?")) {
                settings.execute("SET LOCAL enable_indexscan = off");
                settings.execute("SET LOCAL enable_bitmapscan = off");
                select.setObject(1, repository);
                select.setString(2, model);
                select.setObject(3, new PGvector(query));
                select.setInt(4, k);
                Set<String> paths = new HashSet<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        paths.add(rows.getString(1));
                    }
                }
                return paths;
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }
}
