package dev.debtos.local.server;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns an HTTP request into the API Gateway (REST, v1) proxy event a Lambda would receive, and a proxy response into
 * the HTTP response. Header names keep the client's spelling, as API Gateway does. Path parameters and
 * {@code resource} are filled in by the router from the route table.
 */
final class ProxyEventTranslator {
    static final int MAX_BODY_BYTES = 1024 * 1024; // API Gateway's own limit is 10 MB; ours is stricter

    private ProxyEventTranslator() {
    }

    static APIGatewayProxyRequestEvent toEvent(HttpRequest request, RequestTarget target, String sourceIp, byte[] body) {
        return head(request, target, sourceIp).withBody(body.length == 0 ? null : new String(body, StandardCharsets.UTF_8));
    }

    /**
     * The event without its body: for answering a request whose body is refused unread. A target that is not one
     * ({@code null}) leaves the path at {@code /}: a malformed path is not repeated back.
     */
    static APIGatewayProxyRequestEvent head(HttpRequest request, RequestTarget target, String sourceIp) {
        Map<String, String> headers = new LinkedHashMap<>();
        Map<String, List<String>> multiHeaders = new LinkedHashMap<>();
        for (String name : request.headers().names()) {
            List<String> values = request.headers().getAll(name);
            headers.put(name, String.join(",", values));
            multiHeaders.put(name, List.copyOf(values));
        }
        Map<String, List<String>> query = parseQuery(target == null ? null : target.rawQuery());
        Map<String, String> singleQuery = new LinkedHashMap<>();
        query.forEach((name, values) -> singleQuery.put(name, values.getLast()));

        var identity = new APIGatewayProxyRequestEvent.RequestIdentity();
        identity.setSourceIp(sourceIp);
        identity.setUserAgent(request.headers().get(HttpHeaderNames.USER_AGENT));
        String method = request.method().name();
        var context = new APIGatewayProxyRequestEvent.ProxyRequestContext()
                .withRequestId(UUID.randomUUID().toString())
                .withHttpMethod(method)
                .withPath(target == null ? "/" : target.rawPath())
                .withStage("local")
                .withIdentity(identity);
        return new APIGatewayProxyRequestEvent()
                .withHttpMethod(method)
                .withPath(target == null ? "/" : target.path())
                .withHeaders(headers)
                .withMultiValueHeaders(multiHeaders)
                .withQueryStringParameters(singleQuery.isEmpty() ? null : singleQuery)
                .withMultiValueQueryStringParameters(query.isEmpty() ? null : query)
                .withRequestContext(context)
                .withIsBase64Encoded(false);
    }

    /** The HTTP response for a proxy response; a HEAD request gets the headers (and length) without the body. */
    static FullHttpResponse toResponse(APIGatewayProxyResponseEvent response, boolean head) {
        String body = response.getBody() == null ? "" : response.getBody();
        byte[] bytes = Boolean.TRUE.equals(response.getIsBase64Encoded()) ? Base64.getDecoder().decode(body)
                : body.getBytes(StandardCharsets.UTF_8);
        int status = response.getStatusCode() == null ? 500 : response.getStatusCode();
        boolean noBody = status == 204 || status == 304;
        var http = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(status),
                noBody || head ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(bytes));
        HttpHeaders headers = http.headers();
        if (response.getHeaders() != null) {
            response.getHeaders().forEach(headers::set);
        }
        if (response.getMultiValueHeaders() != null) {
            response.getMultiValueHeaders().forEach((name, values) -> headers.set(name, new ArrayList<>(values)));
        }
        if (!noBody) {
            headers.setInt(HttpHeaderNames.CONTENT_LENGTH, bytes.length);
        }
        return http;
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

    /** Form decoding ({@code +} is a space); {@link RequestTarget} has already refused malformed escapes. */
    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
