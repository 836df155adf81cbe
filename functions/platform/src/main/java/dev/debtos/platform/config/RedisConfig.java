package dev.debtos.platform.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reads {@link RedisSettings} from REDIS_URL (redis:// or rediss://) or REDIS_HOST, REDIS_PORT, REDIS_PASSWORD, REDIS_TLS. */
final class RedisConfig {

    private RedisConfig() {
    }

    static RedisSettings read(Env env) {
        Optional<Secret> url = env.secret("REDIS_URL");
        if (url.isPresent()) {
            return fromUrl(url.get().reveal(), env);
        }
        String host = env.optional("REDIS_HOST").orElse("127.0.0.1");
        if (!host.matches("[A-Za-z0-9.\\-:]+")) {
            throw new ConfigException("REDIS_HOST", "must be a host name or IP address");
        }
        return new RedisSettings(host, env.integer("REDIS_PORT", 6379, 1, 65535),
                env.secret("REDIS_PASSWORD").orElse(Secret.of("")), env.bool("REDIS_TLS", false), 0);
    }

    private static RedisSettings fromUrl(String raw, Env env) {
        URI uri;
        try {
            uri = new URI(raw);
        } catch (URISyntaxException e) {
            throw new ConfigException("REDIS_URL", "is not a valid URL");
        }
        if (!"redis".equals(uri.getScheme()) && !"rediss".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new ConfigException("REDIS_URL", "must look like redis://[:password@]host:6379[/db] or rediss://...");
        }
        Secret password = env.secret("REDIS_PASSWORD").orElse(Secret.of(""));
        if (uri.getRawUserInfo() != null) {
            String info = uri.getRawUserInfo();
            String pass = info.contains(":") ? info.substring(info.indexOf(':') + 1) : info;
            password = Secret.of(URLDecoder.decode(pass, StandardCharsets.UTF_8));
        }
        int database = 0;
        String path = uri.getPath();
        if (path != null && path.length() > 1) {
            try {
                database = Integer.parseInt(path.substring(1));
            } catch (NumberFormatException e) {
                throw new ConfigException("REDIS_URL", "database must be a number (redis://host:6379/0)");
            }
        }
        return new RedisSettings(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 6379, password,
                "rediss".equals(uri.getScheme()), database);
    }
}
