package dev.debtos.platform.http;

import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The one place a JDK {@link HttpClient} is built for calls leaving the system (git providers, LLM providers): a
 * connect timeout, and no redirects, so an answer never sends a request with its credentials somewhere else. Callers
 * keep the client they build and set each request's own timeout.
 */
public final class OutboundHttp {
    private OutboundHttp() {
    }

    public static HttpClient client(Duration connectTimeout) {
        return HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }
}
