package dev.debtos.worker.ops;

import dev.debtos.platform.config.AppConfig;
import dev.debtos.platform.db.Database;
import dev.debtos.platform.queue.ScanQueue;
import dev.debtos.platform.queue.SqsScanQueue;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * What the scheduled functions need, built from the environment once, on first use (nothing is opened during init,
 * so a SnapStart snapshot holds no connection). Two connections: the scheduler holds its advisory lock on one.
 */
final class OpsWiring {
    private final Supplier<AppConfig> config;
    private DataSource dataSource;
    private ScanQueue queue;

    OpsWiring(Supplier<AppConfig> config) {
        this.config = config;
    }

    static OpsWiring fromEnvironment() {
        return new OpsWiring(AppConfig::fromEnvironment);
    }

    synchronized DataSource dataSource() {
        if (dataSource == null) {
            dataSource = Database.pooled(config.get().database(), 2);
        }
        return dataSource;
    }

    synchronized ScanQueue queue() {
        if (queue == null) {
            queue = SqsScanQueue.fromSettings(config.get().queue());
        }
        return queue;
    }
}
