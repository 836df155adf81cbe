package dev.debtos.platform.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.debtos.platform.config.Secret;
import dev.debtos.platform.http.OutboundHttp;
import dev.debtos.platform.json.Json;
import dev.debtos.platform.lifecycle.OnFirstUse;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Every call DEBT-OS makes to a git provider (OAuth sign-in, repository sync, pull-request feedback) goes through
 * here, over one JDK {@link HttpClient} per process, built on first use (a SnapStart snapshot holds none). Each call
 * has {@link #TIMEOUT} from start to the last byte of the body, redirects are never followed (a token must not
 * travel to another host), answers are read up to {@link #MAX_BODY_BYTES}, and every failure is an
 * {@link UpstreamException} naming the provider, the call and the status, never the upstream body.
 */
public final class ProviderClient {
    /** From sending the request to the last byte of the answer; a callback must answer well within API Gateway's 29 s. */
    public static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** A page of 100 PR comments fits; an answer this large is not one we asked for. */
    public static final int MAX_BODY_BYTES = 1 << 20;
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = Json.mapper();
    private static final OnFirstUse<HttpClient> HTTP = OnFirstUse.of(() -> OutboundHttp.client(CONNECT_TIMEOUT));

    /** An answer whatever its status, its body parsed (a missing node when empty). */
    public record Answer(int status, JsonNode body) {
    }

    private final String provider;
    private final Duration timeout;
    private final String[] headers;

    /**
     * @param provider the name failures carry ({@code GitHub}, {@code GitLab})
     * @param headers  name/value pairs sent with every request (typically {@code Accept})
     */
    public ProviderClient(String provider, String... headers) {
        this(provider, TIMEOUT, headers);
    }

    /** With a shorter deadline (tests of a provider that stalls). */
    ProviderClient(String provider, Duration timeout, String... headers) {
        if (headers.length % 2 != 0) {
            throw new IllegalArgumentException("headers come in name/value pairs");
        }
        this.provider = provider;
        this.timeout = timeout;
        this.headers = headers.clone();
    }

    public String provider() {
        return provider;
    }

    /** A REST call with an optional JSON body; the parsed answer when it is 2xx, else {@link UpstreamStatusException}. */
    public JsonNode call(String method, URI uri, Optional<Secret> token, JsonNode body) throws UpstreamException {
        HttpRequest.Builder request = request(uri, token).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        String call = method + " " + uri.getRawPath();
        Raw answer = send(request.build(), call);
        if (answer.status() / 100 != 2) {
            throw new UpstreamStatusException(provider, call, answer.status());
        }
        return parse(answer, call);
    }

    /** A GET; see {@link #call}. */
    public JsonNode get(URI uri, Optional<Secret> token) throws UpstreamException {
        return call("GET", uri, token, null);
    }

    /**
     * A form POST (an OAuth token endpoint), answered whatever its status: an error in a 4xx body is the caller's to
     * read. A body that is not JSON is an {@link UpstreamAnswerException}.
     */
    public Answer postForm(URI uri, Map<String, String> form) throws UpstreamException {
        String encoded = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String call = "POST " + uri.getRawPath();
        Raw answer = send(request(uri, Optional.empty()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded)).build(), call);
        return new Answer(answer.status(), parse(answer, call));
    }

    private HttpRequest.Builder request(URI uri, Optional<Secret> token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", "debt-os");
        if (headers.length > 0) {
            request.headers(headers);
        }
        token.ifPresent(secret -> request.header("Authorization", "Bearer " + secret.reveal()));
        return request;
    }

    private record Raw(int status, byte[] body) {
    }

    private Raw send(HttpRequest request, String call) throws UpstreamException {
        CompletableFuture<java.net.http.HttpResponse<byte[]>> exchange =
                HTTP.get().sendAsync(request, CappedBody.handler(MAX_BODY_BYTES));
        try {
            var response = exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Raw(response.statusCode(), response.body());
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new UpstreamUnreachableException(provider, call, "timed out");
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new UpstreamUnreachableException(provider, call, "was interrupted");
        } catch (ExecutionException e) {
            throw failure(e.getCause(), call);
        }
    }

    private UpstreamException failure(Throwable cause, String call) {
        if (cause instanceof CappedBody.TooLarge tooLarge) {
            return tooLarge.status / 100 != 2 ? new UpstreamStatusException(provider, call, tooLarge.status)
                    : new UpstreamAnswerException(provider, call, tooLarge.status, "answered with a body over " + MAX_BODY_BYTES + " bytes");
        }
        if (cause instanceof HttpTimeoutException) {
            return new UpstreamUnreachableException(provider, call, "timed out");
        }
        // in words, never a class name: the reason reaches API answers
        String reason = switch (cause) {
            case java.net.ConnectException ignored -> "failed: could not connect";
            case java.net.UnknownHostException ignored -> "failed: host not found";
            case javax.net.ssl.SSLException ignored -> "failed: TLS handshake or session failed";
            case IOException ignored -> "failed: the connection broke";
            case null, default -> "failed: no answer";
        };
        return new UpstreamUnreachableException(provider, call, reason);
    }

    private JsonNode parse(Raw answer, String call) throws UpstreamAnswerException {
        if (answer.body().length == 0) {
            return JSON.missingNode();
        }
        try {
            JsonNode body = JSON.readTree(answer.body());
            return body == null ? JSON.missingNode() : body;
        } catch (IOException e) {
            throw new UpstreamAnswerException(provider, call, answer.status(), "answered something that is not JSON");
        }
    }
}
