package dev.debtos.platform.auth.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.debtos.platform.auth.oauth.OAuthUpstreamException.Kind;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The HTTP calls of the OAuth flows: a form POST to a token endpoint and authenticated GETs of JSON. Redirects are
 * not followed, bodies are capped, timeouts are short (a callback must answer well within API Gateway's 29 s), and a
 * failure never carries the upstream body. The JDK client is built on first use, so a SnapStart snapshot holds none.
 */
public final class OAuthHttp {
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_BODY_BYTES = 256 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private volatile HttpClient client;

    /** The token endpoint's JSON answer with its status; errors in the body are the caller's to read. */
    record Answer(int status, JsonNode body) {
    }

    Answer postForm(URI uri, Map<String, String> form) throws OAuthUpstreamException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A GET with the user's token; anything but 200 is the provider's failure. */
    JsonNode get(URI uri, String accessToken, String accept) throws OAuthUpstreamException {
        Answer answer = send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", accept)
                .header("Authorization", "Bearer " + accessToken).GET().build());
        if (answer.status() != 200) {
            throw new OAuthUpstreamException(Kind.UNAVAILABLE, uri.getPath() + " answered " + answer.status());
        }
        return answer.body();
    }

    private Answer send(HttpRequest request) throws OAuthUpstreamException {
        try {
            HttpResponse<java.io.InputStream> response = client().send(request, HttpResponse.BodyHandlers.ofInputStream());
            byte[] bytes;
            try (var in = response.body()) {
                bytes = in.readNBytes(MAX_BODY_BYTES);
            }
            JsonNode body = bytes.length == 0 ? JSON.missingNode() : JSON.readTree(bytes);
            return new Answer(response.statusCode(), body == null ? JSON.missingNode() : body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new OAuthUpstreamException(Kind.UNAVAILABLE, request.uri().getPath() + " answered something other than JSON");
        } catch (IOException e) {
            throw new OAuthUpstreamException(Kind.UNAVAILABLE, request.uri().getPath() + " unreachable (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OAuthUpstreamException(Kind.UNAVAILABLE, "interrupted");
        }
    }

    private HttpClient client() {
        HttpClient current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                            .followRedirects(HttpClient.Redirect.NEVER).build();
                }
                current = client;
            }
        }
        return current;
    }

    /**
     * The access token of a token endpoint's answer. An OAuth error ({@code error} in the body, as GitHub answers
     * with 200 and GitLab with 400/401) or another 4xx is the code being refused; 5xx or a body without a token is
     * the provider failing. Only a well-formed error code is kept as the reason.
     */
    static String accessToken(Answer answer) throws OAuthUpstreamException {
        String error = text(answer.body(), "error");
        if (error != null || (answer.status() >= 400 && answer.status() < 500)) {
            String code = error != null && error.matches("[a-z_]{1,64}") ? error : "http_" + answer.status();
            throw new OAuthUpstreamException(Kind.REJECTED, "token endpoint refused the code: " + code);
        }
        String token = text(answer.body(), "access_token");
        if (answer.status() != 200 || token == null || token.isBlank()) {
            throw new OAuthUpstreamException(Kind.UNAVAILABLE, "token endpoint answered " + answer.status() + " without a token");
        }
        return token;
    }

    static java.util.List<String> scopes(JsonNode tokenAnswer, String separator) {
        String scope = text(tokenAnswer, "scope");
        return scope == null || scope.isBlank() ? java.util.List.of()
                : java.util.Arrays.stream(scope.split(separator)).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
    }

    static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("&"));
    }
}
