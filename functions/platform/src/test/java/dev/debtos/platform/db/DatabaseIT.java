package dev.debtos.platform.db;

import com.pgvector.PGvector;
import dev.debtos.platform.config.DatabaseSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.jdbc.wrapper.ConnectionWrapper;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Both URL forms through both data sources, and the single connection's reuse rules. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseIT {
    private TestDatabase database;

    @BeforeAll
    void createDatabase() throws SQLException {
        database = TestDatabase.create();
    }

    @AfterAll
    void dropDatabase() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    private DatabaseSettings settings(boolean awsWrapper) {
        DatabaseSettings plain = database.settings();
        if (!awsWrapper) {
            return plain;
        }
        String url = plain.jdbcUrl().replace("jdbc:postgresql:", "jdbc:aws-wrapper:postgresql:");
        return new DatabaseSettings(url, plain.username(), plain.password(), plain.ssl(), plain.iamAuth());
    }

    private static int backendPid(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT pg_backend_pid()")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    @ParameterizedTest(name = "aws wrapper {0}, pooled {1}")
    @CsvSource({"false, true", "false, false", "true, true", "true, false"})
    void roundTripsAVectorAndNamesTheApplication(boolean awsWrapper, boolean pooled) throws Exception {
        DataSource dataSource = pooled ? Database.pooled(settings(awsWrapper), 2) : Database.single(settings(awsWrapper));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT ?, current_setting('application_name')")) {
            float[] vector = {0.25f, -1.5f, 3f};
            statement.setObject(1, new PGvector(vector));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                assertThat(rows.getObject(1)).isInstanceOfSatisfying(PGvector.class, v -> assertThat(v.toArray()).containsExactly(vector));
                assertThat(rows.getString(2)).isEqualTo("debt-os");
            }
            assertThat(connection.isWrapperFor(ConnectionWrapper.class)).as("through the AWS wrapper").isEqualTo(awsWrapper);
        } finally {
            ((AutoCloseable) dataSource).close();
        }
    }

    @Test
    void singleConnectionIsReusedAndReplacedWhenTheServerDropsIt() throws SQLException {
        try (SingleConnectionDataSource single = Database.single(settings(false))) {
            int first = backendPid(single);
            assertThat(backendPid(single)).as("reused").isEqualTo(first);

            try (Connection other = new UnpooledDataSource(database.settings(), Map.of()).getConnection();
                 PreparedStatement terminate = other.prepareStatement("SELECT pg_terminate_backend(?)")) {
                terminate.setInt(1, first);
                terminate.execute();
            }

            assertThat(backendPid(single)).as("reopened after the server closed it").isNotEqualTo(first);
        }
    }

    @Test
    void closingTheHandleRollsBackWhatTheCallerLeftOpenAndResetsTheConnection() throws SQLException {
        try (SingleConnectionDataSource single = Database.single(settings(false))) {
            try (Connection connection = single.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS probe (value integer)");
                connection.setAutoCommit(false);
                statement.execute("INSERT INTO probe VALUES (1)");
            }
            try (Connection connection = single.getConnection(); Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT count(*) FROM probe")) {
                rows.next();
                assertThat(rows.getInt(1)).as("uncommitted insert rolled back").isZero();
                assertThat(connection.getAutoCommit()).isTrue();
                connection.setReadOnly(true);
            }
            try (Connection connection = single.getConnection()) {
                assertThat(connection.isReadOnly()).isFalse();
            }
        }
    }

    @Test
    void aClosedHandleCannotBeUsedAndASecondBorrowMustWait() throws SQLException {
        try (SingleConnectionDataSource single = Database.single(settings(false))) {
            Connection first = single.getConnection();
            assertThatThrownBy(single::getConnection).isInstanceOf(SQLException.class).hasMessageContaining("still in use");
            first.close();

            assertThat(first.isClosed()).isTrue();
            assertThatThrownBy(first::createStatement).isInstanceOf(SQLException.class).hasMessageContaining("already closed");
            try (Connection second = single.getConnection()) {
                assertThat(second.isValid(1)).isTrue();
            }
        }
    }
}
