package dev.debtos.local.server;

import dev.debtos.api.ApiDependencies;
import dev.debtos.api.ApiFunctions;
import dev.debtos.platform.config.AppConfig;
import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * The embedded local profile's API: the same functions the Lambdas run (built from {@link AppConfig}, clients
 * connecting lazily), behind {@link LocalApiServer} through the route-table router. Closing it stops the server
 * first, then closes the database and Redis clients.
 */
public final class LocalRuntime implements AutoCloseable {
    private final ApiDependencies dependencies;
    private final LocalApiServer server;

    private LocalRuntime(ApiDependencies dependencies, LocalApiServer server) {
        this.dependencies = dependencies;
        this.server = server;
    }

    public static LocalRuntime start(AppConfig config, String host, int port) throws IOException {
        return start(ApiDependencies.connectLazily(config), host, port);
    }

    /** With dependencies built by the caller (tests: a Redis key prefix of their own). */
    public static LocalRuntime start(ApiDependencies dependencies, String host, int port) throws IOException {
        try {
            ApiFunctions functions = new ApiFunctions(dependencies);
            LocalApiServer server = LocalApiServer.start(new InetSocketAddress(host, port), functions.function(ApiFunctions.ROUTER));
            return new LocalRuntime(dependencies, server);
        } catch (IOException | RuntimeException e) {
            dependencies.close();
            throw e;
        }
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.close();
        dependencies.close();
    }
}
