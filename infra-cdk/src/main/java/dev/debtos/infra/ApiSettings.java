package dev.debtos.infra;

import java.util.Arrays;
import java.util.List;

/**
 * The API's per-environment settings.
 *
 * @param rateLimit   API Gateway stage throttling, steady requests per second. A backstop only: the functions
 *                    rate-limit per API key, user and IP in Redis (600/min, 120/min), and keep doing so when this
 *                    is not reached
 * @param burstLimit  API Gateway stage throttling, burst
 * @param corsOrigins allowed browser origins (CORS preflight at API Gateway; the functions add the CORS headers of
 *                    their responses from {@code CORS_ORIGIN}, the same list)
 */
public record ApiSettings(int rateLimit, int burstLimit, List<String> corsOrigins) {

    public ApiSettings {
        corsOrigins = List.copyOf(corsOrigins);
        if (rateLimit < 1 || burstLimit < rateLimit) {
            throw new IllegalArgumentException("throttling needs rateLimit >= 1 and burstLimit >= rateLimit");
        }
        for (String origin : corsOrigins) {
            if (!origin.matches("https?://[A-Za-z0-9.-]+(:\\d{1,5})?")) {
                throw new IllegalArgumentException("CORS origin must be scheme://host[:port]: " + origin);
            }
        }
    }

    /**
     * dev: 50 rps (burst 100) and the local front-end origins; prod: 500 rps (burst 1000) and no origin unless
     * given. {@code corsOrigin} (context {@code -c corsOrigin=https://a.example,https://b.example}) replaces the
     * default list.
     */
    public static ApiSettings forEnvironment(EnvironmentConfig env, String corsOrigin) {
        boolean prod = env.retainData();
        List<String> origins = corsOrigin == null || corsOrigin.isBlank()
                ? (prod ? List.of() : List.of("http://localhost:3000", "http://localhost:5173"))
                : Arrays.stream(corsOrigin.split(",")).map(String::trim).filter(o -> !o.isEmpty()).toList();
        return prod ? new ApiSettings(500, 1000, origins) : new ApiSettings(50, 100, origins);
    }

    /** The value of {@code CORS_ORIGIN}: comma-separated, as the platform configuration reads it. */
    public String corsOriginVariable() {
        return String.join(",", corsOrigins);
    }
}
