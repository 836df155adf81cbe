package dev.debtos.api.repos;

import dev.debtos.api.ApiServices;
import dev.debtos.api.route.Route;
import dev.debtos.api.security.CallerHandler;
import java.util.List;
import java.util.Map;

/** Repositories: connect, list, read, settings, delete, sync: this area's routes and their handlers. */
public final class RepositoryApi {

    private RepositoryApi() {
    }

    public static List<Route> routes() {
        return List.of();
    }

    /** One handler per route of {@link #routes()}, by function name. */
    public static Map<String, CallerHandler> handlers(ApiServices services) {
        return Map.of();
    }
}
