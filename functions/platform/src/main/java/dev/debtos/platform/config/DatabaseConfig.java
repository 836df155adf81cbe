package dev.debtos.platform.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads {@link DatabaseSettings} from DATABASE_URL (postgresql://user:pass@host:port/db, or a JDBC URL, including
 * {@code jdbc:aws-wrapper:postgresql://} for RDS Proxy) or from DB_HOST, DB_PORT, DB_USERNAME, DB_PASSWORD,
 * DB_DATABASE, DB_SSL. DB_IAM_AUTH=true asks the AWS JDBC wrapper for an IAM token per connection.
 */
final class DatabaseConfig {
    static final String LOCAL_DEFAULT_URL = "postgresql://debt_os:debt_os@127.0.0.1:5432/debt_os";

    private DatabaseConfig() {
    }

    static DatabaseSettings read(Env env, Profile profile) {
        boolean iam = env.bool("DB_IAM_AUTH", false);
        Optional<Secret> url = env.secret("DATABASE_URL");
        DatabaseSettings settings;
        if (url.isPresent()) {
            settings = fromUrl(url.get().reveal(), env, iam);
        } else if (env.optional("DB_HOST").isPresent() || profile == Profile.AWS) {
            settings = fromParts(env, iam);
        } else {
            settings = fromUrl(LOCAL_DEFAULT_URL, env, false);
        }
        if (settings.iamAuth() && !settings.usesAwsWrapper()) {
            throw new ConfigException("DB_IAM_AUTH", "needs a jdbc:aws-wrapper:postgresql:// DATABASE_URL or DB_HOST");
        }
        return settings;
    }

    private static DatabaseSettings fromParts(Env env, boolean iam) {
        String host = env.required("DB_HOST", "the PostgreSQL host (or set DATABASE_URL)");
        if (!host.matches("[A-Za-z0-9.\\-]+")) {
            throw new ConfigException("DB_HOST", "must be a host name or IPv4 address");
        }
        int port = env.integer("DB_PORT", 5432, 1, 65535);
        String database = env.optional("DB_DATABASE").orElse("debt_os");
        if (!database.matches("[A-Za-z0-9_\\-]+")) {
            throw new ConfigException("DB_DATABASE", "must be a plain database name");
        }
        String user = env.required("DB_USERNAME", "the PostgreSQL user");
        Secret password = env.secret("DB_PASSWORD").orElse(Secret.of(""));
        if (password.isEmpty() && !iam) {
            throw new ConfigException("DB_PASSWORD", "is required unless DB_IAM_AUTH=true");
        }
        String scheme = iam ? "jdbc:aws-wrapper:postgresql://" : "jdbc:postgresql://";
        return new DatabaseSettings(scheme + host + ":" + port + "/" + database, user, password,
                env.bool("DB_SSL", false), iam);
    }

    private static DatabaseSettings fromUrl(String raw, Env env, boolean iam) {
        if (raw.startsWith("jdbc:postgresql://") || raw.startsWith("jdbc:aws-wrapper:postgresql://")) {
            String user = env.optional("DB_USERNAME").orElse("");
            Secret password = env.secret("DB_PASSWORD").orElse(Secret.of(""));
            return new DatabaseSettings(raw, user, password, env.bool("DB_SSL", raw.contains("sslmode=require")), iam);
        }
        if (!raw.startsWith("postgresql://") && !raw.startsWith("postgres://")) {
            throw new ConfigException("DATABASE_URL", "must start with postgresql://, postgres:// or jdbc:postgresql://");
        }
        URI uri;
        try {
            uri = new URI(raw);
        } catch (URISyntaxException e) {
            throw new ConfigException("DATABASE_URL", "is not a valid URL");
        }
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
            throw new ConfigException("DATABASE_URL", "must name a host and a database (postgresql://user:password@host:5432/debt_os)");
        }
        String user = "";
        Secret password = env.secret("DB_PASSWORD").orElse(Secret.of(""));
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            if (parts.length == 2) {
                password = Secret.of(decode(parts[1]));
            }
        }
        user = env.optional("DB_USERNAME").orElse(user);
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        boolean ssl = env.bool("DB_SSL", query.contains("sslmode=require") || query.contains("ssl=true"));
        int port = uri.getPort() > 0 ? uri.getPort() : 5432;
        String scheme = iam ? "jdbc:aws-wrapper:postgresql://" : "jdbc:postgresql://";
        return new DatabaseSettings(scheme + uri.getHost() + ":" + port + uri.getRawPath(), user, password, ssl, iam);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
