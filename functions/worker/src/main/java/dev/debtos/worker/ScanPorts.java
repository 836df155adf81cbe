package dev.debtos.worker;

import dev.debtos.worker.checkout.WorkspacePreparer;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * Everything a {@link ScanPipeline} works with, in one piece: the stores, the lease it runs scans under, the queue
 * whose message visibility the lease heartbeat extends, where workspaces come from, the analyzer, the clock that
 * times the steps, who is told of completed scans, the failure-injection hook (tests), and what pull-request scans
 * need besides (revisions, provider feedback). The wiring ({@link WorkerWiring}, the local runtime, tests) builds it.
 */
public record ScanPorts(ScanStores stores, LeaseTerms lease, MessageVisibility visibility, WorkspacePreparer workspaces,
                        ScanAnalyzer analyzer, Clock clock, ScanListener listener, StageHook hook,
                        PullRequestPorts pullRequests) {

    /**
     * The given stores' data source, checkout, analyzer and lease, with no visibility extension, the system clock, no
     * listener, no hook, and pull-request scans that check out from {@code workspaces} and have no provider tokens.
     */
    public static ScanPorts of(DataSource dataSource, WorkspacePreparer workspaces, ScanAnalyzer analyzer, LeaseTerms lease) {
        return new ScanPorts(ScanStores.of(dataSource), lease, MessageVisibility.NONE, workspaces, analyzer,
                Clock.systemUTC(), ScanListener.NONE, StageHook.NONE, PullRequestPorts.withoutTokens(workspaces));
    }

    public ScanPorts withVisibility(MessageVisibility value) {
        return new ScanPorts(stores, lease, value, workspaces, analyzer, clock, listener, hook, pullRequests);
    }

    public ScanPorts withListener(ScanListener value) {
        return new ScanPorts(stores, lease, visibility, workspaces, analyzer, clock, value, hook, pullRequests);
    }

    public ScanPorts withHook(StageHook value) {
        return new ScanPorts(stores, lease, visibility, workspaces, analyzer, clock, listener, value, pullRequests);
    }

    public ScanPorts withPullRequests(PullRequestPorts value) {
        return new ScanPorts(stores, lease, visibility, workspaces, analyzer, clock, listener, hook, value);
    }
}
