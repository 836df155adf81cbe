package dev.debtos.api;

import java.util.function.Supplier;

/**
 * A client built the first time a function needs it, then shared. Each Lambda serves one function, so a client
 * that function never touches is never built: the Redis client alone (Netty event loops) costs ~0.9 s of a cold
 * start on a 2-core machine, which {@code getHealth} and {@code getDatabaseHealth} must not pay.
 */
public final class OnFirstUse<T extends AutoCloseable> implements Supplier<T>, AutoCloseable {
    private final Supplier<T> factory;
    private volatile T instance;

    private OnFirstUse(Supplier<T> factory) {
        this.factory = factory;
    }

    public static <T extends AutoCloseable> OnFirstUse<T> of(Supplier<T> factory) {
        return new OnFirstUse<>(factory);
    }

    @Override
    public T get() {
        T current = instance;
        if (current == null) {
            synchronized (this) {
                current = instance;
                if (current == null) {
                    current = factory.get();
                    instance = current;
                }
            }
        }
        return current;
    }

    /** Closes the client if it was ever built. */
    @Override
    public synchronized void close() throws Exception {
        if (instance != null) {
            instance.close();
            instance = null;
        }
    }
}
