package dev.debtos.platform.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Makes a database ready for DEBT-OS with its master login: the application login (no password; in RDS it signs
 * in with IAM through the {@code rds_iam} role), the {@code vector} extension (not trusted: only the master's
 * {@code rds_superuser} may create it), the application's rights on the database and its {@code public} schema,
 * then every pending migration of the changelog, run as the application login ({@code SET ROLE}) so that it owns
 * what the migrations create, exactly as it does on a local machine. Every step is idempotent: a second run
 * changes nothing.
 *
 * <p>The IAM role is granted only when it exists: RDS always has {@code rds_iam}, a plain PostgreSQL has none (and
 * needs none: its clients sign in with a password or trust).
 */
public final class SchemaBootstrap {
    public static final String RDS_IAM_ROLE = "rds_iam";

    private final AdminLogin admin;
    private final String appUser;
    private final String iamRole;
    private final Migrations migrations;

    public SchemaBootstrap(AdminLogin admin, String appUser, String iamRole, Migrations migrations) {
        this.admin = Objects.requireNonNull(admin, "admin");
        this.appUser = requireRoleName(appUser, "application user");
        this.iamRole = requireRoleName(iamRole, "IAM role");
        this.migrations = Objects.requireNonNull(migrations, "migrations");
        if (appUser.equals(admin.username())) {
            throw new IllegalArgumentException("the application user must not be the master user ('" + appUser + "')");
        }
    }

    /**
     * @param applied       migration steps applied by this run (0 when the database was up to date)
     * @param total         steps applied in all
     * @param iamRoleGranted whether the application login is a member of the IAM role (false: the role does not exist)
     */
    public record Outcome(int applied, int total, boolean iamRoleGranted) {
    }

    public Outcome run() throws SQLException {
        boolean iamGranted;
        try (Connection connection = admin.connect(); Statement statement = connection.createStatement()) {
            String app = quote(appUser);
            statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = " + literal(appUser)
                    + ") THEN CREATE ROLE " + app + " LOGIN; END IF; END $$");
            iamGranted = roleExists(connection, iamRole);
            if (iamGranted) {
                statement.execute("GRANT " + quote(iamRole) + " TO " + app);
            }
            // The master may act as the application login (SET ROLE below); RDS's master has CREATEROLE, so it may
            // grant itself a role it administers.
            statement.execute("GRANT " + app + " TO CURRENT_USER");
            statement.execute("CREATE EXTENSION IF NOT EXISTS vector");
            statement.execute("GRANT CONNECT, CREATE, TEMPORARY ON DATABASE " + quote(admin.database()) + " TO " + app);
            statement.execute("GRANT USAGE, CREATE ON SCHEMA public TO " + app);
        }
        DataSource asApp = new AsRole(admin, appUser);
        int applied = migrations.migrate(asApp);
        MigrationStatus status = migrations.status(asApp);
        if (!status.upToDate()) {
            throw new IllegalStateException("migrations still pending after migrate: " + String.join(", ", status.pending()));
        }
        return new Outcome(applied, status.applied().size(), iamGranted);
    }

    private static boolean roleExists(Connection connection, String role) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            query.setString(1, role);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Role names are identifiers and cannot be bind parameters: only plain lower-case names are accepted. */
    private static String requireRoleName(String name, String what) {
        Objects.requireNonNull(name, what);
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException(what + " must be 1-63 lower-case letters, digits or '_': " + name);
        }
        return name;
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** Master connections that act as the application login, so that it owns the tables Liquibase creates. */
    private static final class AsRole extends BaseDataSource {
        private final AdminLogin admin;
        private final String role;

        AsRole(AdminLogin admin, String role) {
            this.admin = admin;
            this.role = role;
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = admin.connect();
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET ROLE " + quote(role));
                return connection;
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        }
    }
}
