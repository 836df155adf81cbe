package dev.debtos.platform.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Resolves a repository id through its owner, and tells which state its ledger is in, in one primary-key read.
 *
 * <p>{@link OwnedRepository#ledgerVersion()} is {@code <last_scanned_at in µs>-<ledger_version>}: a completed scan
 * moves {@code last_scanned_at} in the transaction that writes its ledger, and every human status change bumps
 * {@code ledger_version} in its own. Cache entries keyed by it can never be stale; nothing has to delete them
 * (they expire by TTL), so the worker needs no Redis.
 */
public final class OwnedRepositories {
    private final DataSource dataSource;

    public OwnedRepositories(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record OwnedRepository(UUID id, String fullName, String ledgerVersion) {
    }

    public Optional<OwnedRepository> find(UUID ownerId, UUID repositoryId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT full_name, last_scanned_at, ledger_version FROM repositories WHERE id = ? AND owner_id = ?")) {
            select.setObject(1, repositoryId);
            select.setObject(2, ownerId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                Timestamp scanned = rows.getTimestamp(2);
                long micros = scanned == null ? 0 : scanned.getTime() / 1000 * 1_000_000 + scanned.getNanos() / 1000 % 1_000_000;
                return Optional.of(new OwnedRepository(repositoryId, rows.getString(1), micros + "-" + rows.getLong(3)));
            }
        }
    }
}
