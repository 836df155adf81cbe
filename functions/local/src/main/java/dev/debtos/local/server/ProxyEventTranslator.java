package dev.debtos.local.server;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns an HTTP exchange into the API Gateway (REST, v1) proxy event a Lambda would receive, and writes the proxy
 * response back. Path parameters and {@code resource} are filled in by the router from the route table.
 */
final class ProxyEventTranslator {
    static final int MAX_BODY_BYTES = 1024 * 1024; // API Gateway's own limit is 10 MB; ours is stricter

    private ProxyEventTranslator() {
    }

    static APIGatewayProxyRequestEvent toEvent(HttpExchange exchange) throws IOException {
        return head(exchange).withBody(readBody(exchange.getRequestBody()));
    }

    /** The event without its body: for answering a request whose body is refused unread. */
    static APIGatewayProxyRequestEvent head(HttpExchange exchange) {
        Map<String, String> headers = new LinkedHashMap<>();
        Map<String, List<String>> multiHeaders = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            headers.put(name, String.join(",", values));
            multiHeaders.put(name, List.copyOf(values));
        });
        Map<String, List<String>> query = parseQuery(exchange.getRequestURI().getRawQuery());
        Map<String, String> singleQuery = new LinkedHashMap<>();
        query.forEach((name, values) -> singleQuery.put(name, values.getLast()));

        var identity = new APIGatewayProxyRequestEvent.RequestIdentity();
        identity.setSourceIp(exchange.getRemoteAddress().getAddress().getHostAddress());
        identity.setUserAgent(headers.get("User-agent"));
        var context = new APIGatewayProxyRequestEvent.ProxyRequestContext()
                .withRequestId(UUID.randomUUID().toString())
                .withHttpMethod(exchange.getRequestMethod())
                .withPath(exchange.getRequestURI().getRawPath())
                .withStage("local")
                .withIdentity(identity);
        return new APIGatewayProxyRequestEvent()
                .withHttpMethod(exchange.getRequestMethod())
                .withPath(exchange.getRequestURI().getPath())
                .withHeaders(headers)
                .withMultiValueHeaders(multiHeaders)
                .withQueryStringParameters(singleQuery.isEmpty() ? null : singleQuery)
                .withMultiValueQueryStringParameters(query.isEmpty() ? null : query)
                .withRequestContext(context)
                .withIsBase64Encoded(false);
    }

    static void write(APIGatewayProxyResponseEvent response, HttpExchange exchange) throws IOException {
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        }
        if (response.getMultiValueHeaders() != null) {
            response.getMultiValueHeaders().forEach((name, values) -> exchange.getResponseHeaders().put(name, new ArrayList<>(values)));
        }
        String body = response.getBody() == null ? "" : response.getBody();
        byte[] bytes = Boolean.TRUE.equals(response.getIsBase64Encoded()) ? Base64.getDecoder().decode(body)
                : body.getBytes(StandardCharsets.UTF_8);
        int status = response.getStatusCode() == null ? 500 : response.getStatusCode();
        boolean noBody = bytes.length == 0 || status == 204 || status == 304 || exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, noBody ? -1 : bytes.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static String readBody(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new BodyTooLargeException();
        }
        return bytes.length == 0 ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private static Map<String, List<String>> parseQuery(String rawQuery) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return query;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** A request body over {@link #MAX_BODY_BYTES}: answered with 413 before any handler runs. */
    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException() {
            super("request body over " + MAX_BODY_BYTES + " bytes", null);
        }
    }
}
