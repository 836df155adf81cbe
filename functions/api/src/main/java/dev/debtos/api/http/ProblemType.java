package dev.debtos.api.http;

/** The problem types (RFC 9457) the API answers with; each has a stable type URI, a title and a status. */
public enum ProblemType {
    BAD_REQUEST(400, "Bad Request"),
    UNAUTHORIZED(401, "Unauthorized"),
    FORBIDDEN(403, "Forbidden"),
    NOT_FOUND(404, "Not Found"),
    CONFLICT(409, "Conflict"),
    METHOD_NOT_ALLOWED(405, "Method Not Allowed"),
    ORIGIN_NOT_ALLOWED(403, "Origin Not Allowed"),
    PAYLOAD_TOO_LARGE(413, "Content Too Large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported Media Type"),
    TOO_MANY_REQUESTS(429, "Too Many Requests"),
    BAD_GATEWAY(502, "Bad Gateway"),
    DEPENDENCY_UNAVAILABLE(503, "Service Unavailable"),
    INTERNAL(500, "Internal Server Error");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return "urn:debt-os:problem:" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
