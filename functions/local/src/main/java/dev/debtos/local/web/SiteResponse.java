package dev.debtos.local.web;

import java.util.Map;

/** What the dashboard answers one request with: status, headers and body (empty for 304 and HEAD). */
public record SiteResponse(int status, Map<String, String> headers, byte[] body) {
    public SiteResponse {
        headers = Map.copyOf(headers);
    }
}
