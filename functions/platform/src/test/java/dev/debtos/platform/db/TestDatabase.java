package dev.debtos.platform.db;

import dev.debtos.platform.config.DatabaseSettings;
import dev.debtos.platform.config.Secret;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A throwaway database on the shared test server, for integration tests: created under a unique name
 * ({@code debt_os_it_<random>}) owned by the application role, with pgvector installed by the admin
 * (it is not a trusted extension), and dropped with {@code WITH (FORCE)} on {@link #close()}.
 *
 * <p>Environment: {@code DEBT_OS_TEST_ADMIN_URL} (a superuser, default
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}), {@code DEBT_OS_TEST_DB_USER} and
 * {@code DEBT_OS_TEST_DB_PASSWORD} (the application role, default {@code debt_os}/{@code debt_os}).
 */
public final class TestDatabase implements AutoCloseable {
    private static final String DEFAULT_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";

    private final String adminUrl;
    private final String name;
    private final DatabaseSettings settings;

    private TestDatabase(String adminUrl, String name, DatabaseSettings settings) {
        this.adminUrl = adminUrl;
        this.name = name;
        this.settings = settings;
    }

    /** Creates the database and installs pgvector in it. */
    public static TestDatabase create() throws SQLException {
        String adminUrl = environment("DEBT_OS_TEST_ADMIN_URL", DEFAULT_ADMIN_URL);
        String user = environment("DEBT_OS_TEST_DB_USER", "debt_os");
        Secret password = Secret.of(environment("DEBT_OS_TEST_DB_PASSWORD", "debt_os"));
        // Identifiers cannot be bind parameters: the name is generated here and the role name is quoted.
        String name = "debt_os_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection admin = DriverManager.getConnection(adminUrl); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " OWNER " + quoteIdentifier(user));
        }
        TestDatabase database = new TestDatabase(adminUrl, name, serverOf(adminUrl, user, password).withDatabase(name));
        try (Connection admin = DriverManager.getConnection(database.adminUrlOfThisDatabase());
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS vector");
        } catch (SQLException | RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /** Connection settings for the application role (plain pgJDBC URL, no TLS, no IAM). */
    public DatabaseSettings settings() {
        return settings;
    }

    public String name() {
        return name;
    }

    @Override
    public void close() throws SQLException {
        try (Connection admin = DriverManager.getConnection(adminUrl); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private String adminUrlOfThisDatabase() {
        return new DatabaseSettings(adminUrl, "", Secret.of(""), false, false).withDatabase(name).jdbcUrl();
    }

    /** The admin URL's server without its query (the admin's user must not leak into the app's URL). */
    private static DatabaseSettings serverOf(String adminUrl, String user, Secret password) {
        int query = adminUrl.indexOf('?');
        String server = query < 0 ? adminUrl : adminUrl.substring(0, query);
        return new DatabaseSettings(server, user, password, false, false);
    }

    private static String quoteIdentifier(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static String environment(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : value;
    }
}
