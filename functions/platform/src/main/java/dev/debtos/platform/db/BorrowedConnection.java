package dev.debtos.platform.db;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The handle {@link SingleConnectionDataSource} gives out: every call goes to the shared physical
 * connection except {@code close()}, which ends the borrow instead of closing the socket. Ending the
 * borrow rolls back a transaction the caller left open and restores auto-commit and read-write, so the
 * next request starts clean, as it would with a connection from a pool.
 */
final class BorrowedConnection implements InvocationHandler {
    private final Connection physical;
    private final Runnable onReturn;
    private boolean returned;

    private BorrowedConnection(Connection physical, Runnable onReturn) {
        this.physical = physical;
        this.onReturn = onReturn;
    }

    static Connection lend(Connection physical, Runnable onReturn) {
        return (Connection) Proxy.newProxyInstance(BorrowedConnection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new BorrowedConnection(physical, onReturn));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "close" -> {
                giveBack();
                return null;
            }
            case "isClosed" -> {
                return returned || physical.isClosed();
            }
            case "equals" -> {
                return proxy == args[0];
            }
            case "hashCode" -> {
                return System.identityHashCode(proxy);
            }
            case "isWrapperFor" -> {
                Class<?> type = (Class<?>) args[0];
                return type.isInstance(physical) || physical.isWrapperFor(type);
            }
            case "unwrap" -> {
                Class<?> type = (Class<?>) args[0];
                return type.isInstance(physical) ? physical : physical.unwrap(type);
            }
            case "toString" -> {
                return "BorrowedConnection[" + (returned ? "returned" : "in use") + "]";
            }
            default -> {
                if (returned) {
                    throw new SQLException("connection handle was already closed", "08003");
                }
                try {
                    return method.invoke(physical, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
        }
    }

    private void giveBack() throws SQLException {
        if (returned) {
            return;
        }
        returned = true;
        try {
            if (!physical.isClosed()) {
                if (!physical.getAutoCommit()) {
                    physical.rollback();
                    physical.setAutoCommit(true);
                }
                if (physical.isReadOnly()) {
                    physical.setReadOnly(false);
                }
            }
        } finally {
            onReturn.run();
        }
    }
}
