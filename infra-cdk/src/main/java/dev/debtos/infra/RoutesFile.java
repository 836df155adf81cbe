package dev.debtos.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads {@code functions/api/src/main/resources/routes.json}, the route table as data. The API module writes it
 * from its {@code RouteTable} and its {@code RoutesJsonTest} fails when the two differ, so a route added there
 * becomes a Lambda here on the next synth without this module knowing the API's classes.
 */
public final class RoutesFile {

    /** Relative to the repository root. */
    public static final Path LOCATION = Path.of("functions", "api", "src", "main", "resources", "routes.json");

    private RoutesFile() {
    }

    public static List<ApiRoute> read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the route table " + file, e);
        }
        JsonNode rows = root == null ? null : root.get("routes");
        if (rows == null || !rows.isArray() || rows.isEmpty()) {
            throw new IllegalArgumentException(file + " has no \"routes\" array");
        }
        List<ApiRoute> routes = new ArrayList<>();
        Set<String> functions = new HashSet<>();
        Set<String> endpoints = new HashSet<>();
        for (JsonNode row : rows) {
            JsonNode body = row.get("body");
            JsonNode packaging = row.get("package");
            ApiRoute route = new ApiRoute(text(row, "method", file), text(row, "path", file), text(row, "function", file),
                    body == null ? "none" : text(row, "body", file),
                    packaging == null ? ApiRoute.API : text(row, "package", file));
            if (!functions.add(route.function())) {
                throw new IllegalArgumentException(file + ": function " + route.function() + " serves two routes");
            }
            if (!endpoints.add(route.method() + " " + route.path())) {
                throw new IllegalArgumentException(file + ": " + route.method() + " " + route.path() + " appears twice");
            }
            routes.add(route);
        }
        return List.copyOf(routes);
    }

    private static String text(JsonNode row, String field, Path file) {
        JsonNode value = row.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(file + ": a route has no text field \"" + field + "\"");
        }
        return value.asText();
    }
}
