package dev.debtos.platform.scan;

import dev.debtos.platform.queue.ScanMessage;
import dev.debtos.platform.queue.ScanQueue;
import java.sql.SQLException;

/**
 * Every trigger (API request, webhook, schedule) goes through here: a queued scans row, then an SQS message
 * carrying only the scan id. A second request for the same repository and commit while a scan is active returns
 * that scan and sends nothing. Should the process die between the INSERT and the send, the scan stays queued
 * without a message; the expired-lease reaper re-sends queued scans that nobody picked up.
 */
public final class ScanRequests {
    private final ScanStore scans;
    private final ScanQueue queue;

    public ScanRequests(ScanStore scans, ScanQueue queue) {
        this.scans = scans;
        this.queue = queue;
    }

    public ScanStore.Requested request(ScanStore.NewScan request) throws SQLException {
        ScanStore.Requested requested = scans.createQueued(request);
        if (requested.created()) {
            queue.send(new ScanMessage(requested.scan().id()));
        }
        return requested;
    }
}
