package dev.debtos.worker.ops;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.debtos.platform.retention.Retention;
import dev.debtos.platform.retention.RetentionPolicy;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The retention job as a Lambda on an EventBridge schedule (daily): purges with the default {@link RetentionPolicy}
 * and answers how many rows of each kind went. The event is taken as a map: nothing in it matters.
 */
public final class RetentionHandler implements RequestHandler<Map<String, Object>, Map<String, Long>> {
    private final Supplier<Retention> retention;

    public RetentionHandler() {
        OpsWiring wiring = OpsWiring.fromEnvironment();
        this.retention = LeaseReaperHandler.memoized(() -> new Retention(wiring.dataSource()));
    }

    public RetentionHandler(Retention retention) {
        this.retention = () -> retention;
    }

    @Override
    public Map<String, Long> handleRequest(Map<String, Object> event, Context context) {
        try {
            return retention.get().purge(RetentionPolicy.DEFAULT, false);
        } catch (SQLException e) {
            throw new IllegalStateException("retention: database unavailable (" + e.getSQLState() + ")");
        }
    }
}
