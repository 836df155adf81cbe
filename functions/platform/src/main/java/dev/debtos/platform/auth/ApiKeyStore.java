package dev.debtos.platform.auth;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The api_keys table. Lookups go to PostgreSQL every time (no cache), so a revocation is effective on the next
 * request. Every statement is parameterised.
 */
public final class ApiKeyStore {
    private static final String COLUMNS = "id, user_id, name, key_prefix, scopes, created_at, expires_at, revoked_at, last_used_at";

    private final DataSource dataSource;

    public ApiKeyStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A stored key with its hash, for verification only. */
    public record StoredKey(ApiKey key, byte[] hash) {
    }

    public ApiKey insert(UUID userId, String name, String prefix, byte[] hash, Set<Scope> scopes, Optional<Instant> expiresAt)
            throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO api_keys (user_id, name, key_prefix, key_hash, scopes, expires_at)"
                     + " VALUES (?, ?, ?, ?, ?, ?) RETURNING " + COLUMNS)) {
            insert.setObject(1, userId);
            insert.setString(2, name);
            insert.setString(3, prefix);
            insert.setBytes(4, hash);
            Array array = connection.createArrayOf("text", scopes.stream().map(Scope::wireName).sorted().toArray());
            insert.setArray(5, array);
            insert.setTimestamp(6, expiresAt.map(Timestamp::from).orElse(null));
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return read(row);
            }
        }
    }

    public Optional<StoredKey> findByPrefix(String prefix) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + ", key_hash FROM api_keys WHERE key_prefix = ?")) {
            select.setString(1, prefix);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new StoredKey(read(row), row.getBytes("key_hash"))) : Optional.empty();
            }
        }
    }

    public List<ApiKey> listByUser(UUID userId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT " + COLUMNS + " FROM api_keys WHERE user_id = ? ORDER BY created_at DESC, id")) {
            select.setObject(1, userId);
            List<ApiKey> keys = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    keys.add(read(row));
                }
            }
            return keys;
        }
    }

    /** Revokes the user's key; false when no key of that user has this id (another user's key included). */
    public boolean revoke(UUID userId, UUID keyId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE api_keys SET revoked_at = coalesce(revoked_at, now()) WHERE id = ? AND user_id = ?")) {
            update.setObject(1, keyId);
            update.setObject(2, userId);
            return update.executeUpdate() == 1;
        }
    }

    public void touch(UUID keyId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE api_keys SET last_used_at = now() WHERE id = ?")) {
            update.setObject(1, keyId);
            update.executeUpdate();
        }
    }

    private static ApiKey read(ResultSet row) throws SQLException {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (Object name : (Object[]) row.getArray("scopes").getArray()) {
            Scope.fromWire((String) name).ifPresent(scopes::add);
        }
        return new ApiKey(row.getObject("id", UUID.class), row.getObject("user_id", UUID.class), row.getString("name"),
                row.getString("key_prefix"), scopes, row.getTimestamp("created_at").toInstant(),
                instant(row, "expires_at"), instant(row, "revoked_at"), instant(row, "last_used_at"));
    }

    private static Optional<Instant> instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return Optional.ofNullable(value).map(Timestamp::toInstant);
    }
}
