package dev.debtos.worker.llm;

import dev.debtos.platform.http.OutboundHttp;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The HTTP client under LangChain4j's chat models (JDK {@code HttpClient}): retries 429 and 5xx answers and
 * connection failures with exponential backoff and jitter, waiting what {@code Retry-After} asks (seconds or an HTTP
 * date, at most {@link #MAX_WAIT}) when the provider says. LangChain4j's own retries are switched off so this is the
 * only place that decides; LangChain4j's JDK client drops the response headers on an error, which is why this one
 * exists. Redirects are not followed (the API key must not travel to another host).
 */
final class RetryingHttpClient implements HttpClient {
    private static final Logger LOG = LogManager.getLogger(RetryingHttpClient.class);
    static final Duration MAX_WAIT = Duration.ofSeconds(60);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);

    private final java.net.http.HttpClient client;
    private final Duration readTimeout;
    private final int maxAttempts;

    RetryingHttpClient(Duration connectTimeout, Duration readTimeout, int maxAttempts) {
        this.client = OutboundHttp.client(connectTimeout);
        this.readTimeout = readTimeout;
        this.maxAttempts = maxAttempts;
    }

    static HttpClientBuilder builder(Duration timeout, int maxAttempts) {
        return new Builder(timeout, maxAttempts);
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response;
            try {
                response = client.send(toJdk(request), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (attempt >= maxAttempts) {
                    throw new HttpException(0, "the model provider could not be reached (" + e.getClass().getSimpleName() + ")");
                }
                LOG.warn("Model call attempt {} failed ({}), retrying", attempt, e.getClass().getSimpleName());
                pause(backoff(attempt));
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new HttpException(0, "interrupted");
            }
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return SuccessfulHttpResponse.builder().statusCode(status).headers(response.headers().map())
                        .body(response.body()).build();
            }
            if (!retryable(status) || attempt >= maxAttempts) {
                throw new HttpException(status, "the model provider answered " + status);
            }
            Duration wait = retryAfter(response.headers().map()).orElse(backoff(attempt));
            LOG.warn("Model call attempt {} answered {}, retrying in {} ms", attempt, status, wait.toMillis());
            pause(wait);
        }
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        throw new UnsupportedOperationException("the review stage does not stream");
    }

    static boolean retryable(int status) {
        return status == 408 || status == 429 || status >= 500;
    }

    /** {@code Retry-After} as seconds or an HTTP date, capped at {@link #MAX_WAIT}; empty when absent or unreadable. */
    static Optional<Duration> retryAfter(Map<String, List<String>> headers) {
        String value = headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("retry-after") && !e.getValue().isEmpty())
                .map(e -> e.getValue().getFirst().trim()).findFirst().orElse(null);
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        Duration wait;
        try {
            wait = Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
        } catch (NumberFormatException notSeconds) {
            try {
                wait = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
            } catch (DateTimeParseException unreadable) {
                return Optional.empty();
            }
        }
        if (wait.isNegative()) {
            wait = Duration.ZERO;
        }
        return Optional.of(wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait);
    }

    /** 0.5 s, 1 s, 2 s, … with up to half again of jitter, so workers that failed together do not retry together. */
    static Duration backoff(int attempt) {
        long base = FIRST_BACKOFF.toMillis() << Math.min(attempt - 1, 6);
        return Duration.ofMillis(base + ThreadLocalRandom.current().nextLong(base / 2 + 1));
    }

    private static void pause(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpException(0, "interrupted");
        }
    }

    private java.net.http.HttpRequest toJdk(HttpRequest request) {
        var builder = java.net.http.HttpRequest.newBuilder(URI.create(request.url())).timeout(readTimeout);
        request.headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("content-length") && !name.equalsIgnoreCase("host")) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        var body = request.body() == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(request.body());
        return builder.method(request.method().name(), body).build();
    }

    private static final class Builder implements HttpClientBuilder {
        private Duration connectTimeout;
        private Duration readTimeout;
        private final int maxAttempts;

        Builder(Duration timeout, int maxAttempts) {
            this.connectTimeout = Duration.ofSeconds(10).compareTo(timeout) < 0 ? Duration.ofSeconds(10) : timeout;
            this.readTimeout = timeout;
            this.maxAttempts = maxAttempts;
        }

        @Override
        public Duration connectTimeout() {
            return connectTimeout;
        }

        @Override
        public HttpClientBuilder connectTimeout(Duration value) {
            if (value != null) {
                connectTimeout = value;
            }
            return this;
        }

        @Override
        public Duration readTimeout() {
            return readTimeout;
        }

        @Override
        public HttpClientBuilder readTimeout(Duration value) {
            if (value != null) {
                readTimeout = value;
            }
            return this;
        }

        @Override
        public HttpClient build() {
            return new RetryingHttpClient(connectTimeout, readTimeout, maxAttempts);
        }
    }
}
