package dev.debtos.platform.db;

import dev.debtos.platform.config.ConfigException;
import dev.debtos.platform.config.DatabaseSettings;

import java.util.Map;
import java.util.Properties;

/**
 * The driver properties for one DEBT-OS connection, straight to pgJDBC or through the AWS JDBC wrapper.
 * Credentials travel only here, never in the URL, so nothing that prints a URL can leak them.
 */
final class ConnectionProperties {
    static final String APPLICATION_NAME = "debt-os";
    static final int CONNECT_TIMEOUT_SECONDS = 5;
    /** Upper bound for one round trip; a hung socket otherwise blocks a Lambda until its own timeout. */
    static final int SOCKET_TIMEOUT_SECONDS = 60;
    /**
     * With a server version it may assume to be 9.0 or newer, pgJDBC sends application_name in the startup
     * packet instead of running {@code SET application_name} after connecting. A SET pins the session in
     * RDS Proxy, so this keeps connecting pin-free. The architecture requires PostgreSQL 15 or newer.
     */
    static final String ASSUMED_SERVER_VERSION = "15";

    private static final String PLAIN_PREFIX = "jdbc:postgresql:";
    private static final String WRAPPER_PREFIX = "jdbc:aws-wrapper:postgresql:";

    private ConnectionProperties() {
    }

    /**
     * @param environment process environment; {@code AWS_REGION} becomes the IAM plugin's region
     * @throws IllegalArgumentException the URL is neither a pgJDBC nor an AWS-wrapper PostgreSQL URL
     * @throws ConfigException          IAM authentication asked for without the wrapper or without TLS
     */
    static Properties of(DatabaseSettings settings, Map<String, String> environment) {
        String url = settings.jdbcUrl();
        if (!url.startsWith(PLAIN_PREFIX) && !url.startsWith(WRAPPER_PREFIX)) {
            throw new IllegalArgumentException("database URL must start with " + PLAIN_PREFIX + " or " + WRAPPER_PREFIX);
        }
        Properties properties = new Properties();
        properties.setProperty("user", settings.username());
        if (!settings.password().isEmpty()) {
            properties.setProperty("password", settings.password().reveal());
        }
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("assumeMinServerVersion", ASSUMED_SERVER_VERSION);
        properties.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
        properties.setProperty("socketTimeout", Integer.toString(SOCKET_TIMEOUT_SECONDS));
        properties.setProperty("tcpKeepAlive", "true");
        if (settings.ssl()) {
            // RDS and RDS Proxy certificates chain to Amazon roots that are in the JDK trust store.
            properties.setProperty("sslmode", "verify-full");
            properties.setProperty("sslfactory", "org.postgresql.ssl.DefaultJavaSSLFactory");
        } else {
            properties.setProperty("sslmode", "disable");
        }
        if (settings.usesAwsWrapper()) {
            addWrapperPlugins(settings, environment, properties);
        } else if (settings.iamAuth()) {
            throw new ConfigException("DB_IAM_AUTH", "needs a jdbc:aws-wrapper:postgresql:// database URL");
        }
        return properties;
    }

    /**
     * No plugins unless IAM is asked for: the wrapper's default chain (failover2, efm2, ...) reads Aurora
     * topology and monitors hosts, which is the proxy's job in AWS and meaningless against a local server.
     */
    private static void addWrapperPlugins(DatabaseSettings settings, Map<String, String> environment, Properties properties) {
        if (!settings.iamAuth()) {
            properties.setProperty("wrapperPlugins", "");
            return;
        }
        if (!settings.ssl()) {
            throw new ConfigException("DB_SSL", "must be true when DB_IAM_AUTH is true (IAM tokens are accepted only over TLS)");
        }
        properties.setProperty("wrapperPlugins", "iam");
        String region = environment.get("AWS_REGION");
        if (region != null && !region.isBlank()) {
            properties.setProperty("iamRegion", region);
        }
    }
}
