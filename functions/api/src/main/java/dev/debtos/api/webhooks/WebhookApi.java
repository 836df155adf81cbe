package dev.debtos.api.webhooks;

import dev.debtos.api.ApiServices;
import dev.debtos.api.route.Route;
import dev.debtos.api.security.CallerHandler;
import java.util.List;
import java.util.Map;

/** GitHub and GitLab webhook deliveries: this area's routes and their handlers. */
public final class WebhookApi {

    private WebhookApi() {
    }

    public static List<Route> routes() {
        return List.of();
    }

    /** One handler per route of {@link #routes()}, by function name. */
    public static Map<String, CallerHandler> handlers(ApiServices services) {
        return Map.of();
    }
}
