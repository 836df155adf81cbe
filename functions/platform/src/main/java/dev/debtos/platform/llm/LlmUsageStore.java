package dev.debtos.platform.llm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * {@code llm_usage}: one row per model call (scan, repository, provider, model, tokens), written as the call returns
 * so spend is recorded even when the scan later fails; and the tokens of all scans of the last 24 hours, which the
 * daily quota is checked against. The window rolls (it is not the calendar day): a quota spent just before midnight is
 * not granted again just after it, and the window is the one the operations alarm on daily tokens sums.
 */
public final class LlmUsageStore {
    private final DataSource dataSource;

    public LlmUsageStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void record(UUID scanId, UUID repositoryId, String provider, String model, int promptTokens,
                       int completionTokens) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO llm_usage (scan_id, repository_id, provider, model, prompt_tokens, completion_tokens)
                     VALUES (?, ?, ?, ?, ?, ?)""")) {
            insert.setObject(1, scanId);
            insert.setObject(2, repositoryId);
            insert.setString(3, provider);
            insert.setString(4, model);
            insert.setInt(5, Math.max(0, promptTokens));
            insert.setInt(6, Math.max(0, completionTokens));
            insert.executeUpdate();
        }
    }

    /** Prompt and completion tokens of every call of the last 24 hours. */
    public long tokensOfLast24Hours() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT COALESCE(SUM(prompt_tokens::bigint + completion_tokens), 0) FROM llm_usage
                      WHERE created_at > now() - interval '24 hours'""");
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Tokens one scan's calls used. */
    public long tokensOfScan(UUID scanId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT COALESCE(SUM(prompt_tokens::bigint + completion_tokens), 0) FROM llm_usage WHERE scan_id = ?")) {
            select.setObject(1, scanId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
