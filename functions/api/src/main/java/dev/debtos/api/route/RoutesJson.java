package dev.debtos.api.route;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The route table as plain data ({@code routes.json}), for readers that must not load our classes (the CDK app):
 * method, path, function, kind (public, health, webhook, authenticated), scope, summary, responses, and whether the
 * route reads a JSON body ({@code body}: required, optional or none), and the Lambda package its function is deployed
 * from ({@code package}: {@code api}, or {@code search} for the routes that embed text with the model).
 */
public final class RoutesJson {
    private RoutesJson() {
    }

    public static Map<String, Object> of(RouteTable table) {
        List<Map<String, Object>> routes = table.routes().stream().map(RoutesJson::route).toList();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("routes", routes);
        return document;
    }

    private static Map<String, Object> route(Route route) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("method", route.method());
        json.put("path", route.path());
        json.put("function", route.function());
        json.put("kind", route.access().kind());
        json.put("scope", route.scope().wireName());
        json.put("summary", route.summary());
        json.put("responses", route.responses());
        json.put("body", route.operation().body() == null ? "none" : route.operation().bodyRequired() ? "required" : "optional");
        json.put("package", route.packaging().wireName());
        return json;
    }
}
