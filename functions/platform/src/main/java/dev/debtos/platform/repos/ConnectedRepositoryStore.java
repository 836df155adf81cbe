package dev.debtos.platform.repos;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * The repositories a user connected, always reached through their owner: every query carries
 * {@code owner_id = ?}, so another user's repository is indistinguishable from a missing one.
 */
public final class ConnectedRepositoryStore {
    private static final String COLUMNS = "id, owner_id, provider, full_name, clone_url, default_branch, settings::text,"
            + " last_scanned_commit, last_scanned_at, created_at, updated_at";

    private final DataSource dataSource;

    public ConnectedRepositoryStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Connects a repository; empty when the owner already has it. Full names compare case-insensitively (GitHub and
     * GitLab paths do), which the unique constraint alone would not.
     */
    public Optional<ConnectedRepository> connect(UUID owner, RepositoryAddress address) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO repositories (owner_id, provider, full_name, clone_url)
                     SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM repositories
                          WHERE owner_id = ? AND provider = ? AND lower(full_name) = lower(?))
                     ON CONFLICT (owner_id, provider, full_name) DO NOTHING
                     RETURNING %s""".formatted(COLUMNS))) {
            insert.setObject(1, owner);
            insert.setString(2, address.provider());
            insert.setString(3, address.fullName());
            insert.setString(4, address.cloneUrl());
            insert.setObject(5, owner);
            insert.setString(6, address.provider());
            insert.setString(7, address.fullName());
            try (ResultSet rows = insert.executeQuery()) {
                return rows.next() ? Optional.of(row(rows)) : Optional.empty();
            }
        }
    }

    /** The owner's repositories, newest first. */
    public Page<ConnectedRepository> page(UUID owner, int limit, int offset) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + ", count(*) OVER ()"
                     + " FROM repositories WHERE owner_id = ? ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?");
             PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM repositories WHERE owner_id = ?")) {
            select.setObject(1, owner);
            select.setInt(2, limit);
            select.setInt(3, offset);
            List<ConnectedRepository> items = new ArrayList<>();
            long total = -1;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    items.add(row(rows));
                    total = rows.getLong(12);
                }
            }
            if (total < 0) { // an empty page (or past the end) still reports the total
                count.setObject(1, owner);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    total = rows.getLong(1);
                }
            }
            return new Page<>(items, total, limit, offset);
        }
    }

    public Optional<ConnectedRepository> find(UUID owner, UUID id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT " + COLUMNS + " FROM repositories WHERE id = ? AND owner_id = ?")) {
            select.setObject(1, id);
            select.setObject(2, owner);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(row(rows)) : Optional.empty();
            }
        }
    }

    /**
     * Rewrites the stored settings under a row lock (two concurrent PATCHes merge one after the other, none is
     * lost): {@code merge} gets the stored jsonb text and returns the new one. Empty when not the owner's.
     */
    public Optional<ConnectedRepository> updateSettings(UUID owner, UUID id, UnaryOperator<String> merge) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement(
                         "SELECT settings::text FROM repositories WHERE id = ? AND owner_id = ? FOR UPDATE");
                 PreparedStatement update = connection.prepareStatement("UPDATE repositories SET settings = ?::jsonb,"
                         + " updated_at = now() WHERE id = ? RETURNING " + COLUMNS)) {
                lock.setObject(1, id);
                lock.setObject(2, owner);
                String stored;
                try (ResultSet rows = lock.executeQuery()) {
                    if (!rows.next()) {
                        connection.rollback();
                        return Optional.empty();
                    }
                    stored = rows.getString(1);
                }
                update.setString(1, merge.apply(stored));
                update.setObject(2, id);
                ConnectedRepository updated;
                try (ResultSet rows = update.executeQuery()) {
                    rows.next();
                    updated = row(rows);
                }
                connection.commit();
                return Optional.of(updated);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /** Records what a sync learnt; empty when not the owner's (or deleted meanwhile). */
    public Optional<ConnectedRepository> updateDefaultBranch(UUID owner, UUID id, String defaultBranch) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE repositories SET default_branch = ?,"
                     + " updated_at = now() WHERE id = ? AND owner_id = ? RETURNING " + COLUMNS)) {
            update.setString(1, defaultBranch);
            update.setObject(2, id);
            update.setObject(3, owner);
            try (ResultSet rows = update.executeQuery()) {
                return rows.next() ? Optional.of(row(rows)) : Optional.empty();
            }
        }
    }

    /** Deletes the repository and, by the schema's cascades, its scans, snapshots, ledger and embeddings. */
    public boolean delete(UUID owner, UUID id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM repositories WHERE id = ? AND owner_id = ?")) {
            delete.setObject(1, id);
            delete.setObject(2, owner);
            return delete.executeUpdate() == 1;
        }
    }

    private static ConnectedRepository row(ResultSet rows) throws SQLException {
        return new ConnectedRepository(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class), rows.getString(3),
                rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8),
                instant(rows, 9), instant(rows, 10), instant(rows, 11));
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
