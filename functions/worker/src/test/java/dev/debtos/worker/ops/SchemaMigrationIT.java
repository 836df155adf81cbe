package dev.debtos.worker.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.debtos.platform.config.DatabaseSettings;
import dev.debtos.platform.config.Secret;
import dev.debtos.platform.db.Database;
import dev.debtos.platform.db.AdminLogin;
import dev.debtos.platform.db.Migrations;
import dev.debtos.platform.db.SchemaBootstrap;
import dev.debtos.platform.db.SingleConnectionDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The schema migration function against the shared PostgreSQL, as in RDS: a fresh database owned by a master-like
 * login that is no superuser (CREATEROLE and CREATEDB, as RDS's master), an application login it must create, and
 * an IAM role standing in for {@code rds_iam}. All names are unique per run (roles are server-wide) and dropped
 * afterwards. pgvector is not a trusted extension and only RDS's {@code rds_superuser} may create it there; a plain
 * PostgreSQL has no such role, so the test's superuser installs it in the fresh database first (the function's
 * {@code CREATE EXTENSION IF NOT EXISTS} then finds it).
 */
class SchemaMigrationIT {
    private static final String ADMIN_URL = environment("DEBT_OS_TEST_ADMIN_URL", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
    /** {@code jdbc:postgresql://host:port}, without the admin URL's database and query. */
    private static final String SERVER = ADMIN_URL.replaceFirst("^(jdbc:postgresql://[^/?]+).*$", "$1");

    private final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final String database = "debt_os_mig_" + suffix;
    private final String master = "debt_os_master_" + suffix;
    private final String app = "debt_os_app_" + suffix;
    private final String iamRole = "debt_os_iam_" + suffix;
    private final String password = "pw-" + suffix;
    private final List<AutoCloseable> open = new ArrayList<>();

    @BeforeEach
    void freshDatabaseWithAMasterLikeLogin() throws SQLException {
        superuser("postgres", "CREATE ROLE " + master + " LOGIN CREATEROLE CREATEDB PASSWORD '" + password + "'",
                "CREATE ROLE " + iamRole + " NOLOGIN",
                "CREATE DATABASE " + database + " OWNER " + master);
        superuser(database, "CREATE EXTENSION IF NOT EXISTS vector");
    }

    @AfterEach
    void dropEverything() throws Exception {
        for (AutoCloseable closeable : open) {
            closeable.close();
        }
        superuser("postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        for (String role : List.of(app, master, iamRole)) {
            superuser("postgres", "DROP ROLE IF EXISTS " + role);
        }
    }

    @Test
    void twoRunsLeaveADatabaseTheApplicationLoginOwnsAndCanServeFrom() throws Exception {
        SchemaMigrationHandler handler = new SchemaMigrationHandler(bootstrap(iamRole));

        Map<String, Object> first = handler.handleRequest(Map.of("RequestType", "Create"), null);
        Map<String, Object> second = handler.handleRequest(Map.of("RequestType", "Update"), null);

        assertThat(first).containsEntry("PhysicalResourceId", SchemaMigrationHandler.PHYSICAL_ID);
        @SuppressWarnings("unchecked") Map<String, Object> firstData = (Map<String, Object>) first.get("Data");
        @SuppressWarnings("unchecked") Map<String, Object> secondData = (Map<String, Object>) second.get("Data");
        int steps = (int) firstData.get("total");
        assertThat(firstData).containsEntry("applied", steps).containsEntry("iamRoleGranted", true);
        assertThat(steps).isGreaterThan(10);
        assertThat(secondData).containsEntry("applied", 0).containsEntry("total", steps);

        // what the local runtime does: connect as the application login and find nothing pending
        SingleConnectionDataSource asApp = Database.single(new DatabaseSettings(SERVER + "/" + database, app, Secret.of(""), false, false));
        open.add(asApp);
        assertThat(new Migrations().status(asApp).upToDate()).isTrue();
        try (Connection connection = asApp.getConnection(); Statement statement = connection.createStatement()) {
            assertThat(single(statement, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner <> current_user")).isEqualTo("0");
            assertThat(single(statement, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).isNotEqualTo("0");
            assertThat(single(statement, "SELECT pg_has_role(current_user, '" + iamRole + "', 'MEMBER')")).isEqualTo("t");
            assertThat(single(statement, "SELECT rolsuper OR rolcreaterole OR rolcreatedb FROM pg_roles WHERE rolname = current_user")).isEqualTo("f");
            assertThat(single(statement, "SELECT '[1,2,3]'::vector <-> '[1,2,4]'::vector")).isEqualTo("1");
            statement.execute("INSERT INTO users (email, display_name) VALUES ('ops@example.com', 'Ops')");
            assertThat(single(statement, "SELECT count(*) FROM users")).isEqualTo("1");
        }
    }

    @Test
    void withoutTheIamRoleTheLoginIsStillCreatedAndTheGrantReportedAsSkipped() {
        Map<String, Object> result = new SchemaMigrationHandler(bootstrap("debt_os_no_such_role_" + suffix))
                .handleRequest(Map.of(), null);

        @SuppressWarnings("unchecked") Map<String, Object> data = (Map<String, Object>) result.get("Data");
        assertThat(data).containsEntry("iamRoleGranted", false);
        assertThat((int) data.get("applied")).isGreaterThan(10);
    }

    @Test
    void deleteLeavesTheDatabaseAlone() throws SQLException {
        Map<String, Object> result = new SchemaMigrationHandler(bootstrap(iamRole)).handleRequest(Map.of("RequestType", "Delete"), null);

        assertThat(result).containsExactly(Map.entry("PhysicalResourceId", SchemaMigrationHandler.PHYSICAL_ID));
        try (Connection connection = DriverManager.getConnection(SERVER + "/postgres?user=postgres");
             Statement statement = connection.createStatement()) {
            assertThat(single(statement, "SELECT count(*) FROM pg_roles WHERE rolname = '" + app + "'")).isEqualTo("0");
        }
    }

    @Test
    void aFailureIsOneLineWithoutTheSecret() {
        AdminLogin nowhere = new AdminLogin("127.0.0.1", 5432, database + "_missing", master, Secret.of(password), false);
        SchemaMigrationHandler handler = new SchemaMigrationHandler(new SchemaBootstrap(nowhere, app, iamRole, new Migrations()));

        assertThatThrownBy(() -> handler.handleRequest(Map.of("RequestType", "Create"), null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("schema migration failed: ")
                .hasMessageContaining("does not exist")
                .hasMessageNotContaining(password)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void theMasterSecretIsReadAsRdsWritesIt() {
        AdminLogin login = AdminLogin.fromRdsSecret("{\"engine\":\"postgres\",\"host\":\"db.internal\",\"port\":5432,"
                + "\"dbname\":\"debt_os\",\"username\":\"debt_os_admin\",\"password\":\"s3cret\"}", true);

        assertThat(login).isEqualTo(new AdminLogin("db.internal", 5432, "debt_os", "debt_os_admin", Secret.of("s3cret"), true));
        assertThatThrownBy(() -> AdminLogin.fromRdsSecret("{\"host\":\"h\",\"port\":5432,\"dbname\":\"d\",\"username\":\"u\"}", true))
                .hasMessage("the master secret has no 'password' field");
        assertThatThrownBy(() -> new SchemaBootstrap(login, "debt_os_admin", iamRole, new Migrations()))
                .hasMessageContaining("must not be the master user");
    }

    private SchemaBootstrap bootstrap(String role) {
        return new SchemaBootstrap(new AdminLogin("127.0.0.1", 5432, database, master, Secret.of(password), false), app, role, new Migrations());
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void superuser(String db, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "/" + db + "?user=postgres");
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String environment(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : value;
    }
}
