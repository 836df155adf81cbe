package dev.debtos.platform.db;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One physical connection per warm Lambda container, handed out again and again.
 *
 * <p>Why not a pool: Lambda gives a container one request at a time, so a second connection would only
 * sit idle, and every idle connection of every container counts against the database. In AWS the
 * connection goes to RDS Proxy, which does the pooling across all containers (it multiplexes client
 * connections onto few database connections at transaction boundaries). Locally {@link Database#pooled}
 * is used instead.
 *
 * <p>The connection opens lazily on first use, never during init: a SnapStart snapshot taken with an open
 * socket would restore a dead one. Before each reuse it is checked with {@code isValid(1)} and reopened
 * when the proxy or the network dropped it (idle client timeout, failover, restore from a snapshot).
 *
 * <p>Callers close what they get as usual; that ends the borrow ({@link BorrowedConnection}) and keeps the
 * socket. One borrow at a time: asking again before closing the previous handle is a programming error
 * (with a pool of one it would wait forever) and fails at once. Not for concurrent threads.
 */
public final class SingleConnectionDataSource extends BaseDataSource implements AutoCloseable {
    static final int VALIDATION_TIMEOUT_SECONDS = 1;

    private final UnpooledDataSource connections;
    private Connection physical;
    private boolean borrowed;

    SingleConnectionDataSource(UnpooledDataSource connections) {
        this.connections = connections;
    }

    @Override
    public synchronized Connection getConnection() throws SQLException {
        if (borrowed) {
            throw new SQLException("the single connection is still in use: close the previous handle first", "55006");
        }
        if (physical == null || !physical.isValid(VALIDATION_TIMEOUT_SECONDS)) {
            closePhysical();
            physical = connections.getConnection();
        }
        borrowed = true;
        return BorrowedConnection.lend(physical, this::returned);
    }

    private synchronized void returned() {
        borrowed = false;
    }

    /** Closes the physical connection (container shutdown, tests); a later getConnection() opens a new one. */
    @Override
    public synchronized void close() {
        closePhysical();
        borrowed = false;
    }

    private void closePhysical() {
        if (physical == null) {
            return;
        }
        try {
            physical.close();
        } catch (SQLException ignored) {
            // it is being replaced or discarded: a failure to close a broken socket changes nothing
        } finally {
            physical = null;
        }
    }
}
