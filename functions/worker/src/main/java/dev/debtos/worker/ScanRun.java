package dev.debtos.worker;

import dev.debtos.platform.scan.Repository;
import dev.debtos.platform.scan.Scan;
import dev.debtos.platform.scan.ScanStage;
import dev.debtos.platform.scan.ScanStatus;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One claimed scan while it runs: its row, the ports it runs with, and how long each of its steps took
 * ({@code stats.stepMillis}). Every step moves the scan row on under the lease; when that fails the scan is no
 * longer this worker's and the step throws {@link NoLongerOurs}.
 */
final class ScanRun {
    private final Scan scan;
    private final ScanPorts ports;
    private final long started;
    private final ScanScope scope;
    private final Map<String, Long> stepMillis = new LinkedHashMap<>();
    private String step;
    private long stepStarted;

    ScanRun(Scan scan, ScanPorts ports) {
        this.scan = scan;
        this.ports = ports;
        this.started = ports.clock().millis();
        this.scope = ScanScope.of(scan.id(), scan.repositoryId());
    }

    /** The scan as its analysis sees it, with the figures the caller's stages leave for its stats. */
    ScanScope scope() {
        return scope;
    }

    Scan scan() {
        return scan;
    }

    UUID id() {
        return scan.id();
    }

    ScanPorts ports() {
        return ports;
    }

    String owner() {
        return ports.lease().owner();
    }

    /** The scan's repository; a scan whose repository was deleted meanwhile cannot succeed. */
    Repository repository() throws SQLException, ScanRejected {
        return ports.stores().repositories().find(scan.repositoryId())
                .orElseThrow(() -> new ScanRejected("the scan's repository no longer exists"));
    }

    /** Starts timing the step {@code name} (a step too short to show on the scan row). */
    void time(String name) {
        endStep();
        step = name;
        stepStarted = ports.clock().millis();
    }

    /** Starts the step {@code name}, showing the scan as {@code status} at {@code stage} with {@code progress} (0-100). */
    void step(String name, ScanStatus status, ScanStage stage, int progress) throws SQLException, NoLongerOurs {
        time(name);
        if (!ports.stores().scans().advance(scan.id(), owner(), status, stage, progress, ports.lease().duration())) {
            throw new NoLongerOurs();
        }
    }

    /** Writes the engine's progress on the scan row while the analysis runs. */
    ProgressWriter progress() {
        return new ProgressWriter(ports.stores().scans(), scan.id(), owner(), ports.lease().duration(), ports.hook());
    }

    /** Milliseconds since the scan was claimed. */
    long elapsedMillis() {
        return ports.clock().millis() - started;
    }

    /** How long each step took so far (the current one until now). */
    Map<String, Long> stepMillis() {
        endStep();
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stepMillis));
    }

    private void endStep() {
        if (step != null) {
            long now = ports.clock().millis();
            stepMillis.merge(step, now - stepStarted, Long::sum);
            stepStarted = now;
        }
    }
}
