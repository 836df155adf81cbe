package dev.debtos.platform.ledger;

import dev.debtos.platform.redis.RedisCache;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Read-through cache of the ledger's derived documents (summary, hotspots, trends) as rendered JSON.
 *
 * <p>Keys carry the repository's {@link OwnedRepositories.OwnedRepository#ledgerVersion()}, so a completed scan or a
 * status change makes the next read miss without anyone deleting anything: the worker Lambda writes the ledger and
 * never talks to Redis, and a stale entry simply ages out after {@link #TTL}. Redis is an accelerator only: when the
 * client cannot even be built or the server is down, the document comes from the database (fail open).
 */
public final class LedgerCache {
    public static final Duration TTL = Duration.ofMinutes(10);
    private static final Logger LOG = LogManager.getLogger(LedgerCache.class);

    private final Supplier<RedisCache> cache;

    public LedgerCache(Supplier<RedisCache> cache) {
        this.cache = cache;
    }

    @FunctionalInterface
    public interface Loader {
        String load() throws SQLException;
    }

    /** {@code json} and whether it came from the cache. */
    public record Read(String json, boolean hit) {
    }

    /** @param variant the request's parameters that shape the document (e.g. {@code days=30}); no secret */
    public Read read(OwnedRepositories.OwnedRepository repository, String document, String variant, Loader loader)
            throws SQLException {
        String key = "ledger:" + repository.id() + ":" + repository.ledgerVersion() + ":" + document + ":" + variant;
        Optional<RedisCache> redis = redis();
        Optional<String> cached = redis.flatMap(c -> c.get(key));
        if (cached.isPresent()) {
            return new Read(cached.get(), true);
        }
        String json = loader.load();
        redis.ifPresent(c -> c.put(key, json, TTL));
        return new Read(json, false);
    }

    private Optional<RedisCache> redis() {
        try {
            return Optional.of(cache.get());
        } catch (RuntimeException e) {
            LOG.warn("cache unavailable ({}); reading from the database", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
