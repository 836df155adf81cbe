package dev.debtos.platform.llm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * {@code llm_cache}: a model's checked answer for one file text, keyed by (blob id, model, prompt version) and shared
 * across repositories (a hit needs the exact blob, which the caller already has). Writing the same key twice keeps
 * the first answer.
 */
public final class LlmCacheStore {
    private final DataSource dataSource;

    public LlmCacheStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<String> find(String blobId, String model, String promptVersion) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT response::text FROM llm_cache WHERE blob_hash = ? AND model = ? AND prompt_version = ?")) {
            select.setString(1, blobId);
            select.setString(2, model);
            select.setString(3, promptVersion);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    public void store(String blobId, String model, String promptVersion, String responseJson, int promptTokens,
                      int completionTokens) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO llm_cache (blob_hash, model, prompt_version, response, prompt_tokens, completion_tokens)
                     VALUES (?, ?, ?, ?::jsonb, ?, ?)
                     ON CONFLICT ON CONSTRAINT uq_llm_cache_key DO NOTHING""")) {
            insert.setString(1, blobId);
            insert.setString(2, model);
            insert.setString(3, promptVersion);
            insert.setString(4, responseJson);
            insert.setInt(5, Math.max(0, promptTokens));
            insert.setInt(6, Math.max(0, completionTokens));
            insert.executeUpdate();
        }
    }
}
