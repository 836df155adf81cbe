package dev.debtos.platform.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Validation of http(s) URLs and browser origins given in configuration. */
final class HttpUrls {

    private HttpUrls() {
    }

    static URI parse(String variable, String raw) {
        try {
            URI uri = new URI(raw);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getRawUserInfo() == null) {
                return uri;
            }
        } catch (URISyntaxException ignored) {
            // reported below
        }
        throw new ConfigException(variable, "must be an http(s) URL such as https://example.com/path");
    }

    /** An origin is scheme://host[:port] with no path, as browsers send it in the Origin header. */
    static String origin(String variable, String raw) {
        URI uri = parse(variable, raw);
        String path = uri.getRawPath();
        if ((path != null && !path.isEmpty() && !path.equals("/")) || uri.getRawQuery() != null) {
            throw new ConfigException(variable, "must list origins only (https://app.example.com), without paths");
        }
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    }
}
