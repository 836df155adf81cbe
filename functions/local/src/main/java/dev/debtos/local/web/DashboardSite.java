package dev.debtos.local.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * The built dashboard (the {@code debt-os-web} jar: {@code debt-os-web/site/**}) served beside the API, as CloudFront
 * serves it in AWS. A path whose last segment has a dot names a file (404 when missing); any other path is a page
 * of the application and gets {@code index.html}, so deep links work. Hashed {@code /assets/} files are cached
 * for a year as immutable; {@code index.html} is revalidated on every load (ETag, 304). Gzip when asked for.
 * Every answer carries the dashboard's security headers.
 */
public final class DashboardSite {
    private static final String ROOT = "debt-os-web/site/";
    private static final String INDEX = "index.html";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("webmanifest", "application/manifest+json"));

    /** A site file named by an attribute of {@code index.html}: {@code src="/assets/..."}, {@code href=/favicon.svg}. */
    private static final Pattern REFERENCED = Pattern.compile("(?:src|href)=[\"']?(/[^\"'\\s>/][^\"'\\s>]*\\.[a-z0-9]+)");

    private final ClassLoader loader;
    private final SecurityHeaders security;
    private final Map<String, SiteFile> files = new ConcurrentHashMap<>();

    DashboardSite(ClassLoader loader, SecurityHeaders security) {
        this.loader = loader;
        this.security = security;
    }

    public static DashboardSite fromClasspath() {
        ClassLoader loader = DashboardSite.class.getClassLoader();
        return new DashboardSite(loader, SecurityHeaders.fromClasspath(loader));
    }

    /**
     * Reads and compresses {@code index.html} and every file it names (the entry script, its styles, the icon) now
     * rather than on the first request, which would otherwise gzip the whole initial bundle while the browser waits.
     * Answers are the same either way. Returns the files now held; none when the dashboard is not built.
     */
    public java.util.Set<String> preload() {
        Optional<SiteFile> index = file(INDEX);
        if (index.isEmpty()) {
            return java.util.Set.of();
        }
        Matcher named = REFERENCED.matcher(new String(index.get().bytes(), StandardCharsets.UTF_8));
        while (named.find()) {
            resourceName(named.group(1)).ifPresent(this::file);
        }
        return java.util.Set.copyOf(files.keySet());
    }

    /** True when the jar holds a built dashboard (npm was there at build time). */
    public boolean built() {
        return file(INDEX).isPresent();
    }

    /**
     * The answer to {@code method path} ({@code path} decoded, as {@code URI.getPath()} gives it);
     * {@code ifNoneMatch} and {@code acceptEncoding} are the request's headers, or null.
     */
    public SiteResponse serve(String method, String path, String ifNoneMatch, String acceptEncoding) {
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return text(405, "Method Not Allowed", Map.of("Allow", "GET, HEAD"));
        }
        Optional<String> name = resourceName(path);
        if (name.isEmpty()) {
            return text(400, "Bad Request", Map.of());
        }
        boolean isFile = name.get().substring(name.get().lastIndexOf('/') + 1).contains(".");
        Optional<SiteFile> file = file(isFile ? name.get() : INDEX); // a page of the application: index.html
        if (file.isEmpty()) {
            return built() ? text(404, "Not Found", Map.of())
                    : text(404, "The dashboard is not built: run scripts/setup (npm ci in web/), then rebuild.", Map.of());
        }
        return answer(file.get(), method.equals("HEAD"), ifNoneMatch, acceptEncoding);
    }

    private SiteResponse answer(SiteFile file, boolean head, String ifNoneMatch, String acceptEncoding) {
        Map<String, String> headers = new LinkedHashMap<>(security.headers());
        headers.put("Content-Type", file.contentType());
        headers.put("Cache-Control", file.cacheControl());
        headers.put("ETag", file.etag());
        headers.put("Vary", "Accept-Encoding");
        if (ifNoneMatch != null && ifNoneMatch.contains(file.etag())) {
            return new SiteResponse(304, headers, new byte[0]);
        }
        boolean gzip = acceptEncoding != null && acceptEncoding.contains("gzip") && file.gzipped().length < file.bytes().length;
        byte[] body = gzip ? file.gzipped() : file.bytes();
        if (gzip) {
            headers.put("Content-Encoding", "gzip");
        }
        headers.put("Content-Length", Integer.toString(body.length));
        return new SiteResponse(200, headers, head ? new byte[0] : body);
    }

    private SiteResponse text(int status, String message, Map<String, String> extra) {
        Map<String, String> headers = new LinkedHashMap<>(security.headers());
        headers.put("Content-Type", "text/plain; charset=utf-8");
        headers.put("Cache-Control", "no-store");
        headers.putAll(extra);
        return new SiteResponse(status, headers, (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The resource below the site root for a request path; empty for anything that could leave it. */
    static Optional<String> resourceName(String path) {
        if (path == null || !path.startsWith("/") || path.contains("\\") || path.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        String relative = path.substring(1);
        for (String segment : relative.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return Optional.empty();
            }
        }
        return Optional.of(relative);
    }

    private Optional<SiteFile> file(String name) {
        SiteFile cached = files.get(name);
        if (cached != null) {
            return Optional.of(cached);
        }
        try (InputStream in = loader.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                return Optional.empty();
            }
            SiteFile loaded = SiteFile.of(name, in.readAllBytes());
            files.put(name, loaded);
            return Optional.of(loaded);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dashboard file " + name, e);
        }
    }

    /** One file, read once: its bytes, gzipped bytes, strong ETag and caching rule. */
    record SiteFile(String contentType, String cacheControl, String etag, byte[] bytes, byte[] gzipped) {
        static SiteFile of(String name, byte[] bytes) {
            String extension = name.substring(name.lastIndexOf('.') + 1);
            String type = TYPES.getOrDefault(extension, "application/octet-stream");
            String cache = name.startsWith("assets/") ? "public, max-age=31536000, immutable"
                    : name.endsWith(INDEX) ? "no-cache" : "public, max-age=3600";
            return new SiteFile(type, cache, etag(bytes), bytes, gzip(bytes));
        }

        private static String etag(byte[] bytes) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
                // weak: the gzipped and the plain body are the same file
                return "W/\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        private static byte[] gzip(byte[] bytes) {
            var out = new ByteArrayOutputStream(bytes.length / 3 + 64);
            try (var zip = new GZIPOutputStream(out)) {
                zip.write(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }
}
