package dev.debtos.worker.pr.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.debtos.platform.config.Secret;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * JSON calls to a provider's REST API over the JDK {@link HttpClient}: bearer token, 5 s to connect, 10 s per
 * request, redirects not followed (a token must not travel to another host). A non-2xx answer, a timeout or an I/O
 * error becomes {@link ProviderCallFailed} naming the method, the path and the status only.
 */
final class ProviderHttp {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final String[] extraHeaders;

    ProviderHttp(HttpClient client, String... extraHeaders) {
        this.client = client;
        this.extraHeaders = extraHeaders;
    }

    static HttpClient defaultClient() {
        return HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    JsonNode call(String method, URI uri, Secret token, JsonNode body) throws ProviderCallFailed, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token.reveal())
                .header("User-Agent", "debt-os")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (extraHeaders.length > 0) {
            request.headers(extraHeaders);
        }
        String call = method + " " + uri.getRawPath();
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new ProviderCallFailed(call + " timed out");
        } catch (IOException e) {
            throw new ProviderCallFailed(call + " failed: " + e.getClass().getSimpleName());
        }
        if (response.statusCode() / 100 != 2) {
            throw new ProviderCallFailed(call + " answered " + response.statusCode());
        }
        try {
            return response.body() == null || response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new ProviderCallFailed(call + " answered something that is not JSON");
        }
    }

    static ObjectMapper json() {
        return JSON;
    }
}
