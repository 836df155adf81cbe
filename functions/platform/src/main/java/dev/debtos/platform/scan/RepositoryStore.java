package dev.debtos.platform.scan;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The repositories table. A directory scanned by the local profile is a repository with provider {@code local}
 * (migration 010), full name {@code local<absolute path>} and a {@code file://} clone URL, owned by the local
 * profile's user ({@code local@debt-os.invalid}, created on first use): the schema needs an owner, and a
 * made-up GitHub name would be routed by webhooks.
 */
public final class RepositoryStore {
    static final String LOCAL_USER_EMAIL = "local@debt-os.invalid";

    private final DataSource dataSource;

    public RepositoryStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The repository for this directory, created the first time; the same row on every later call. */
    public Repository localRepository(Path directory) throws SQLException {
        Path root = directory.toAbsolutePath().normalize();
        String absolute = root.toString().replace('\\', '/');
        if (!absolute.startsWith("/") || absolute.length() < 2) {
            throw new IllegalArgumentException("a local repository needs an absolute path below the file-system root");
        }
        String fullName = Repository.LOCAL + absolute;
        String cloneUrl = root.toUri().toString();
        try (Connection connection = dataSource.getConnection()) {
            UUID owner = localUser(connection);
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO repositories (owner_id, provider, full_name, clone_url)
                    VALUES (?, 'local', ?, ?)
                    ON CONFLICT (owner_id, provider, full_name) DO UPDATE SET clone_url = EXCLUDED.clone_url
                    RETURNING id""")) {
                insert.setObject(1, owner);
                insert.setString(2, fullName);
                insert.setString(3, cloneUrl);
                try (ResultSet rows = insert.executeQuery()) {
                    rows.next();
                    return find(connection, rows.getObject(1, UUID.class)).orElseThrow();
                }
            }
        }
    }

    public Optional<Repository> find(UUID id) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return find(connection, id);
        }
    }

    /** The repository's settings as stored (jsonb text); null when the repository does not exist. */
    public String settingsJson(UUID id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT settings::text FROM repositories WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    /** In the caller's ledger transaction: the repository was scanned at {@code commit} (null: unknown, the last known one stays). */
    static void markScanned(Connection transaction, UUID id, String commit) throws SQLException {
        try (PreparedStatement update = transaction.prepareStatement(
                "UPDATE repositories SET last_scanned_commit = COALESCE(?, last_scanned_commit), last_scanned_at = now(), "
                        + "updated_at = now() WHERE id = ?")) {
            update.setString(1, commit);
            update.setObject(2, id);
            update.executeUpdate();
        }
    }

    static Optional<Repository> find(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, owner_id, provider, full_name, clone_url, default_branch FROM repositories WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Repository(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                        rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6)));
            }
        }
    }

    private static UUID localUser(Connection connection) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO users (email, display_name) VALUES (?, 'Local profile')
                ON CONFLICT (lower(email)) WHERE email IS NOT NULL DO UPDATE SET updated_at = users.updated_at
                RETURNING id""")) {
            upsert.setString(1, LOCAL_USER_EMAIL);
            try (ResultSet rows = upsert.executeQuery()) {
                rows.next();
                return rows.getObject(1, UUID.class);
            }
        }
    }
}
