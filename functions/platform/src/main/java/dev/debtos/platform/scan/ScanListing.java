package dev.debtos.platform.scan;

import dev.debtos.platform.repos.Page;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Scans as their owner reads them: every query joins the repository and carries {@code owner_id = ?}, so another
 * user's scan is indistinguishable from a missing one.
 */
public final class ScanListing {
    private static final String OWNED = " FROM scans s JOIN repositories r ON r.id = s.repository_id WHERE r.owner_id = ?";
    private static final String COLUMNS = "s." + ScanStore.COLUMNS.replace(", ", ", s.");

    private final DataSource dataSource;

    public ScanListing(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<Scan> find(UUID owner, UUID scanId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + OWNED + " AND s.id = ?")) {
            select.setObject(1, owner);
            select.setObject(2, scanId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(ScanStore.scan(rows)) : Optional.empty();
            }
        }
    }

    /** The repository's scans, newest first (the caller has checked that the repository is the owner's). */
    public Page<Scan> page(UUID owner, UUID repositoryId, int limit, int offset) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + OWNED
                     + " AND s.repository_id = ? ORDER BY s.created_at DESC, s.id DESC LIMIT ? OFFSET ?");
             PreparedStatement count = connection.prepareStatement("SELECT count(*)" + OWNED + " AND s.repository_id = ?")) {
            select.setObject(1, owner);
            select.setObject(2, repositoryId);
            select.setInt(3, limit);
            select.setInt(4, offset);
            List<Scan> items = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    items.add(ScanStore.scan(rows));
                }
            }
            count.setObject(1, owner);
            count.setObject(2, repositoryId);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return new Page<>(items, rows.getLong(1), limit, offset);
            }
        }
    }

    /** The repository's newest scan, whatever its state. */
    public Optional<Scan> latest(UUID owner, UUID repositoryId) throws SQLException {
        Page<Scan> first = page(owner, repositoryId, 1, 0);
        return first.items().stream().findFirst();
    }
}
