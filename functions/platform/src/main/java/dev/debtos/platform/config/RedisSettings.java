package dev.debtos.platform.config;

/** Where to reach Redis (or ElastiCache), with an optional password and TLS. */
public record RedisSettings(String host, int port, Secret password, boolean tls, int database) {

    public String describe() {
        return (tls ? "rediss://" : "redis://") + host + ":" + port + "/" + database;
    }
}
