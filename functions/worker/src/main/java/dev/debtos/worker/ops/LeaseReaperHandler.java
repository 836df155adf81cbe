package dev.debtos.worker.ops;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.debtos.platform.scan.StuckScans;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The expired-lease reaper as a Lambda on an EventBridge schedule (every few minutes); answers what it did. The event
 * is taken as a map: nothing in it matters, and the typed ScheduledEvent would need Joda-Time.
 */
public final class LeaseReaperHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private final Supplier<LeaseReaper> reaper;

    public LeaseReaperHandler() {
        OpsWiring wiring = OpsWiring.fromEnvironment();
        this.reaper = memoized(() -> new LeaseReaper(new StuckScans(wiring.dataSource()), wiring.queue(), LeaseReaper.DEFAULT_GRACE,
                new dev.debtos.platform.embeddings.EmbeddingBatchStore(wiring.dataSource())));
    }

    public LeaseReaperHandler(LeaseReaper reaper) {
        this.reaper = () -> reaper;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        try {
            StuckScans.Reaped reaped = reaper.get().run();
            return Map.of("requeued", reaped.requeued().size(), "failed", reaped.failed().size());
        } catch (SQLException e) {
            // thrown so the invocation counts as an error (alarm); the message carries no SQL or data
            throw new IllegalStateException("lease reaper: database unavailable (" + e.getSQLState() + ")");
        }
    }

    static <T> Supplier<T> memoized(Supplier<T> factory) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = factory.get();
                }
                return value;
            }
        };
    }
}
