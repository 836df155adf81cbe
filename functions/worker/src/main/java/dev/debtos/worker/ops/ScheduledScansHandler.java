package dev.debtos.worker.ops;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.debtos.platform.scan.ScanRequests;
import dev.debtos.platform.scan.ScanStore;
import dev.debtos.platform.schedule.ScheduleStore;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The scheduler as a Lambda on an EventBridge schedule (every minute): requests the scans whose slot is due (see
 * {@link ScheduledScans}). The event is taken as a map: nothing in it matters (the slot is computed from the
 * database's clock), and the typed ScheduledEvent would need Joda-Time.
 */
public final class ScheduledScansHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private final Supplier<ScheduledScans> scheduler;

    public ScheduledScansHandler() {
        OpsWiring wiring = OpsWiring.fromEnvironment();
        this.scheduler = LeaseReaperHandler.memoized(() -> new ScheduledScans(new ScheduleStore(wiring.dataSource()),
                new ScanRequests(new ScanStore(wiring.dataSource()), wiring.queue())));
    }

    public ScheduledScansHandler(ScheduledScans scheduler) {
        this.scheduler = () -> scheduler;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        try {
            return Map.of("requested", scheduler.get().run().size());
        } catch (SQLException e) {
            throw new IllegalStateException("scheduled scans: database unavailable (" + e.getSQLState() + ")");
        }
    }
}
