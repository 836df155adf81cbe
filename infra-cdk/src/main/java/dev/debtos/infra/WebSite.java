package dev.debtos.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The dashboard as the web stack deploys it: the built files ({@code web/dist}, from {@code npm run build} or the
 * Maven build) and the response headers of {@code web/security-headers.json}, the file the local runtime also
 * sends, so both serve one policy. Without a build the placeholder asset stands in, and {@link #isPlaceholder}
 * says this assembly must not be deployed.
 */
public record WebSite(Path files, boolean isPlaceholder, Headers headers) {

    /** Relative to the repository root. */
    static final Path DIST = Path.of("web", "dist");
    static final Path HEADERS = Path.of("web", "security-headers.json");

    public record Headers(String contentSecurityPolicy, String permissionsPolicy, String crossOriginOpenerPolicy) {
    }

    public static WebSite locate(Path repositoryRoot) {
        Path dist = repositoryRoot.resolve(DIST);
        boolean built = Files.isRegularFile(dist.resolve("index.html"));
        Path files = built ? dist : repositoryRoot.resolve("infra-cdk").resolve(FunctionAssets.PLACEHOLDER_DIR);
        return new WebSite(files, !built, readHeaders(repositoryRoot.resolve(HEADERS)));
    }

    private static Headers readHeaders(Path file) {
        try {
            JsonNode json = new ObjectMapper().readTree(Files.readString(file));
            return new Headers(text(json, "contentSecurityPolicy", file), text(json, "permissionsPolicy", file),
                    text(json, "crossOriginOpenerPolicy", file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dashboard's headers " + file, e);
        }
    }

    private static String text(JsonNode json, String field, Path file) {
        JsonNode value = json.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(file + " has no text field \"" + field + "\"");
        }
        return value.asText();
    }
}
