package dev.debtos.platform.db;

import com.pgvector.PGvector;
import dev.debtos.platform.config.DatabaseSettings;
import org.postgresql.jdbc.PgConnection;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

/**
 * Opens a new physical connection on every call, ready for DEBT-OS: properties from
 * {@link ConnectionProperties} and pgvector's {@code vector} type registered. The pool and the single
 * connection both get their connections from here.
 */
final class UnpooledDataSource extends BaseDataSource {
    private final String url;
    private final Properties properties;

    UnpooledDataSource(DatabaseSettings settings, Map<String, String> environment) {
        this.url = settings.jdbcUrl();
        this.properties = ConnectionProperties.of(settings, environment);
    }

    @Override
    public Connection getConnection() throws SQLException {
        Driver driver = DriverManager.getDriver(url); // pgJDBC or the AWS wrapper, by URL prefix
        Connection connection = driver.connect(url, properties);
        try {
            registerVectorType(connection);
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** On an AWS-wrapper connection pgJDBC's connection sits underneath; the type is registered there. */
    static void registerVectorType(Connection connection) throws SQLException {
        PGvector.addVectorType(connection.unwrap(PgConnection.class));
    }
}
