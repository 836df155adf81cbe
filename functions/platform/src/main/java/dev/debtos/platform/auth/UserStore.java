package dev.debtos.platform.auth;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** The users table: upsert by e-mail (case-insensitive, as its unique index) and lookup by id. */
public final class UserStore {
    private final DataSource dataSource;

    public UserStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The user with this e-mail, created if absent; records the login. Disabled users are returned as they are. */
    public User upsertByEmail(String email, String displayName) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement(
                     "INSERT INTO users (email, display_name, last_login_at) VALUES (?, ?, now())"
                             + " ON CONFLICT (lower(email)) WHERE email IS NOT NULL"
                             + " DO UPDATE SET last_login_at = now(), updated_at = now()"
                             + " RETURNING id, email, display_name")) {
            upsert.setString(1, email);
            upsert.setString(2, displayName);
            try (ResultSet row = upsert.executeQuery()) {
                row.next();
                return read(row);
            }
        }
    }

    /** An enabled user by id. */
    public Optional<User> findActive(UUID id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT id, email, display_name FROM users WHERE id = ? AND disabled_at IS NULL")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        }
    }

    private static User read(ResultSet row) throws SQLException {
        return new User(row.getObject("id", UUID.class), Optional.ofNullable(row.getString("email")),
                Optional.ofNullable(row.getString("display_name")));
    }
}
