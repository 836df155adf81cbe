package dev.debtos.infra;

import java.util.List;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.events.Schedule;

/**
 * The worker's scheduled functions, in one place: the handler classes live in {@code functions/worker}
 * ({@code dev.debtos.worker.ops}) and are named here as strings, since this module never depends on their classes.
 * Renaming a handler means changing its row here.
 *
 * @param id          construct id and alarm label
 * @param handler     Lambda handler, {@code class::method}
 * @param schedule    EventBridge schedule
 * @param description what the job does
 * @param timeout     function timeout: each job must finish well inside its own period
 */
public record ScheduledJob(String id, String handler, Schedule schedule, String description, Duration timeout) {

    public static final String PACKAGE = "dev.debtos.worker.ops.";

    /** Every scheduled job the WorkerStack deploys. */
    public static List<ScheduledJob> all() {
        return List.of(
                new ScheduledJob("LeaseReaper", PACKAGE + "LeaseReaperHandler::handleRequest",
                        // every minute (LeaseReaper.PERIOD): with the 90 s lease a dead worker's scan is re-queued within
                        // 2.5 minutes, inside the guide's 5-minute RTO
                        Schedule.rate(Duration.minutes(1)),
                        "Requeues scans whose worker lease expired (a worker died mid-scan)", Duration.minutes(1)),
                new ScheduledJob("ScheduledScans", PACKAGE + "ScheduledScansHandler::handleRequest",
                        Schedule.rate(Duration.minutes(5)),
                        "Queues the scans whose repository schedule is due", Duration.minutes(2)),
                new ScheduledJob("Retention", PACKAGE + "RetentionHandler::handleRequest",
                        // 03:17 UTC: off the hour, away from other accounts' midnight jobs and the backup window
                        Schedule.expression("cron(17 3 * * ? *)"),
                        "Purges old scans and file snapshots, keeping the debt ledger", Duration.minutes(15)));
    }
}
