package dev.debtos.local.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the served {@code /api/openapi.json}, called with the ids of resources the caller really owns (so
 * bad input reaches as far as it can: handlers, stores, SQL) and malformed input in every place the document declares:
 * each query parameter, each body field (NUL characters, unpaired surrogates, wrong types, unknown fields), invalid
 * JSON, another content type. No answer may be a 5xx ({@link ApiTestServer#call} fails on one), every error is
 * problem+json, and no body names a class (a Java package path or an exception). Deleting routes and logout run last.
 */
class OpenApiMalformedSweepIT {
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(java|javax|jdk|sun|org|com|dev|liquibase|software|tools)\\.[a-z][a-z0-9_]*(\\.[A-Za-z0-9_$]+)+|Exception\\b|\\tat ");
    private static final List<String> BAD_VALUES = List.of("a\u0000b", "\uD800", "' OR 1=1 --", "9".repeat(300), "-1", "", "%");
    private static final List<String> BAD_FIELD_VALUES = List.of("\"a\\u0000b\"", "\"\\udc00\"", "[]", "{}", "123456789012345678901",
            "true", "null", "\"" + "x".repeat(5000) + "\"");

    @Test
    void noOperationOfTheDocumentAnswers5xxANonProblemErrorOrAClassNameToMalformedInput() throws Exception {
        // the provider the sync route reads, on this machine: malformed input is the subject, not an unreachable GitHub
        var github = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        github.createContext("/", exchange -> {
            boolean known = exchange.getRequestURI().getRawPath().equals("/repos/sweeper/shop");
            byte[] body = (known ? "{\"full_name\":\"sweeper/shop\",\"default_branch\":\"main\"}" : "{\"message\":\"Not Found\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(known ? 200 : 404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        github.start();
        try (var api = ApiTestServer.start(Map.of("RATE_LIMIT_PER_MINUTE", "1000000", "RATE_LIMIT_ANONYMOUS_PER_MINUTE", "1000000",
                "RATE_LIMIT_WEBHOOK_PER_MINUTE", "1000000", "GITHUB_API_URL", "http://127.0.0.1:" + github.getAddress().getPort()))) {
            String token = api.login("sweeper");
            var fixtures = new LedgerFixtures(api.dataSource());
            UUID repository = fixtures.repository(fixtures.userId("sweeper"), "sweeper/shop");
            Map<String, UUID> seeded = fixtures.seed(repository);
            String key = ApiTestServer.json(api.call("POST", "/api/api-keys", "{\"name\":\"ci\",\"scopes\":[\"read\"]}", token))
                    .get("id").asText();
            JsonNode document = ApiTestServer.json(api.call("GET", "/api/openapi.json", null, null));

            List<Call> calls = new ArrayList<>();
            document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
                String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                if (List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    String concrete = concrete(path.getKey(), repository, seeded.get("i1"), seeded.get("s2"), key);
                    calls.addAll(calls(method, path.getKey(), concrete, operation.getValue(), document));
                }
            }));
            calls.sort(Comparator.comparing(Call::last));

            List<String> violations = new ArrayList<>();
            for (Call call : calls) {
                var response = api.call(call.method(), call.path(), call.body(), token, call.headers());
                int status = response.statusCode();
                String where = call.method() + " " + call.path() + " " + (call.body() == null ? "" : call.body().substring(0,
                        Math.min(80, call.body().length()))) + " -> " + status;
                if (status >= 400 && !response.headers().firstValue("Content-Type").orElse("").equals("application/problem+json")) {
                    violations.add(where + ": not problem+json");
                }
                if (CLASS_NAME.matcher(response.body()).find()) {
                    violations.add(where + ": names a class: " + response.body());
                }
            }
            System.out.printf("OpenAPI sweep: %,d requests over %d operations%n", calls.size(), calls.stream()
                    .map(c -> c.method() + c.template()).distinct().count());
            assertThat(calls.size()).isGreaterThan(500);
            assertThat(violations).isEmpty();
        } finally {
            github.stop(0);
        }
    }

    private record Call(String method, String template, String path, String body, String[] headers) {
        /** Deleting and logging out would take away what the rest of the sweep uses. */
        boolean last() {
            return method.equals("DELETE") || template.endsWith("/logout");
        }
    }

    private static String concrete(String template, UUID repository, UUID item, UUID scan, String key) {
        String id = template.startsWith("/api/debt/") ? item.toString()
                : template.startsWith("/api/scans/") ? scan.toString()
                : template.startsWith("/api/api-keys/") ? key : repository.toString();
        return template.replaceAll("\\{[^}]+}", id);
    }

    private static List<Call> calls(String method, String template, String path, JsonNode operation, JsonNode document) {
        List<Call> calls = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            if (!parameter.path("in").asText().equals("query")) {
                continue;
            }
            for (String value : BAD_VALUES) {
                String query = "?" + parameter.get("name").asText() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
                calls.add(new Call(method, template, path + query, null, new String[0]));
            }
        }
        JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
        if (!schema.isMissingNode()) {
            for (String field : fields(schema, document)) {
                for (String value : BAD_FIELD_VALUES) {
                    calls.add(new Call(method, template, path, "{\"" + field + "\":" + value + "}", new String[0]));
                }
            }
            calls.add(new Call(method, template, path, "{\"unknownField\":1}", new String[0]));
            calls.add(new Call(method, template, path, "{\"a\\u0000\":1}", new String[0]));
            calls.add(new Call(method, template, path, "{", new String[0]));
            calls.add(new Call(method, template, path, "[\"\\u0000\"]", new String[0]));
            calls.add(new Call(method, template, path, "{}", new String[] {"Content-Type", "text/plain"}));
        } else if (!method.equals("GET") && !method.equals("DELETE")) {
            calls.add(new Call(method, template, path, "{", new String[0]));
            calls.add(new Call(method, template, path, "{\"x\":\"\\u0000\"}", new String[0]));
        }
        calls.add(new Call(method, template, path, null, new String[0]));
        return calls;
    }

    /** The body's property names, following a {@code $ref} into the document's components. */
    private static List<String> fields(JsonNode schema, JsonNode document) {
        if (schema.has("$ref")) {
            schema = document.at(schema.get("$ref").asText().substring(1));
        }
        List<String> fields = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(fields::add);
        return fields;
    }
}
