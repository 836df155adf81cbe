package dev.debtos.platform.config;

/**
 * Where and how to reach PostgreSQL.
 *
 * @param jdbcUrl  {@code jdbc:postgresql://...} or {@code jdbc:aws-wrapper:postgresql://...} (RDS Proxy), no credentials in it
 * @param username database user
 * @param password password; empty when IAM authentication supplies a token per connection
 * @param ssl      require TLS (DB_SSL)
 * @param iamAuth  use the AWS JDBC wrapper's IAM plugin (DB_IAM_AUTH), only valid with an aws-wrapper URL
 */
public record DatabaseSettings(String jdbcUrl, String username, Secret password, boolean ssl, boolean iamAuth) {

    public DatabaseSettings {
        // names every log line may show: a password equal to one is masked only as a credential, not as a word
        dev.debtos.platform.logging.Redactor.identifier(username);
        dev.debtos.platform.logging.Redactor.identifier(databaseName(jdbcUrl));
    }

    private static String databaseName(String jdbcUrl) {
        int slash = jdbcUrl.indexOf('/', jdbcUrl.indexOf("//") + 2);
        if (slash < 0) {
            return null;
        }
        int query = jdbcUrl.indexOf('?', slash);
        return jdbcUrl.substring(slash + 1, query < 0 ? jdbcUrl.length() : query);
    }

    public boolean usesAwsWrapper() {
        return jdbcUrl.startsWith("jdbc:aws-wrapper:");
    }

    /** The same server with another database name, for test runs that create their own database. */
    public DatabaseSettings withDatabase(String database) {
        int slash = jdbcUrl.indexOf('/', jdbcUrl.indexOf("//") + 2);
        int query = jdbcUrl.indexOf('?', Math.max(slash, 0));
        String base = slash < 0 ? jdbcUrl : jdbcUrl.substring(0, slash);
        String params = query < 0 ? "" : jdbcUrl.substring(query);
        return new DatabaseSettings(base + "/" + database + params, username, password, ssl, iamAuth);
    }
}
