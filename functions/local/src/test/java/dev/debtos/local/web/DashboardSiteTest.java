package dev.debtos.local.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardSiteTest {
    private static final String INDEX = "<!doctype html><title>DEBT-OS</title><script type=module src=/assets/index-abc123.js></script>";
    private static final String SCRIPT = "console.log('dashboard');".repeat(40);

    @TempDir
    Path root;
    private DashboardSite site;
    private ClassLoader loader;

    @BeforeEach
    void site() throws Exception {
        Path files = Files.createDirectories(root.resolve("debt-os-web/site/assets"));
        Files.writeString(files.getParent().resolve("index.html"), INDEX);
        Files.writeString(files.resolve("index-abc123.js"), SCRIPT);
        Files.writeString(root.resolve("secret.txt"), "outside the site");
        Files.writeString(root.resolve("debt-os-web/security-headers.json"), """
                {"contentSecurityPolicy": "default-src 'self'", "referrerPolicy": "no-referrer", "frameOptions": "DENY",
                 "contentTypeOptions": "nosniff", "permissionsPolicy": "camera=()", "crossOriginOpenerPolicy": "same-origin"}""");
        loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
        site = new DashboardSite(loader, SecurityHeaders.fromClasspath(loader));
    }

    @Test
    void preloadReadsIndexHtmlAndTheFilesItNamesAndAnswersStayTheSame() {
        DashboardSite cold = new DashboardSite(loader, SecurityHeaders.fromClasspath(loader));
        assertThat(site.preload()).containsExactlyInAnyOrder("index.html", "assets/index-abc123.js");
        for (String path : new String[] {"/", "/assets/index-abc123.js"}) {
            SiteResponse preloaded = site.serve("GET", path, null, "gzip");
            SiteResponse loadedOnRequest = cold.serve("GET", path, null, "gzip");
            assertThat(preloaded.status()).as(path).isEqualTo(200);
            assertThat(preloaded.headers()).as(path).isEqualTo(loadedOnRequest.headers());
            assertThat(preloaded.body()).as(path).isEqualTo(loadedOnRequest.body());
        }
    }

    @Test
    void preloadOfAnUnbuiltDashboardHoldsNothing() {
        DashboardSite unbuilt = new DashboardSite(new URLClassLoader(new URL[0], null), SecurityHeaders.fromClasspath(loader));
        assertThat(unbuilt.preload()).isEmpty();
        assertThat(unbuilt.built()).isFalse();
    }

    @Test
    void everyPageOfTheApplicationIsIndexHtmlRevalidatedOnEveryLoad() {
        for (String path : new String[] {"/", "/repos", "/repos/6f1c/debt", "/scans/0b6e5a1c-9f5e-4c7e-8c1e-2f0e4c9d8a71", "/debt/x/"}) {
            SiteResponse response = site.serve("GET", path, null, null);
            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(text(response.body())).isEqualTo(INDEX);
            assertThat(response.headers()).containsEntry("Content-Type", "text/html; charset=utf-8")
                    .containsEntry("Cache-Control", "no-cache").containsEntry("Content-Security-Policy", "default-src 'self'")
                    .containsEntry("X-Frame-Options", "DENY").containsEntry("Cross-Origin-Opener-Policy", "same-origin");
        }
    }

    @Test
    void hashedAssetsAreImmutableAndAMissingFileIs404NotThePage() {
        SiteResponse script = site.serve("GET", "/assets/index-abc123.js", null, null);
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.headers()).containsEntry("Content-Type", "text/javascript; charset=utf-8")
                .containsEntry("Cache-Control", "public, max-age=31536000, immutable").containsEntry("X-Content-Type-Options", "nosniff");
        assertThat(text(script.body())).isEqualTo(SCRIPT);
        SiteResponse missing = site.serve("GET", "/assets/index-gone.js", null, null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.headers()).containsEntry("Content-Type", "text/plain; charset=utf-8");
    }

    @Test
    void anUnchangedFileIs304AndGzipIsServedWhenAskedFor() throws Exception {
        SiteResponse first = site.serve("GET", "/assets/index-abc123.js", null, "gzip, deflate, br");
        assertThat(first.headers()).containsEntry("Content-Encoding", "gzip").containsEntry("Vary", "Accept-Encoding");
        assertThat(new String(new GZIPInputStream(new ByteArrayInputStream(first.body())).readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo(SCRIPT);
        SiteResponse again = site.serve("GET", "/assets/index-abc123.js", first.headers().get("ETag"), null);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(site.serve("HEAD", "/", null, null).body()).as("HEAD has no body").isEmpty();
    }

    @Test
    void nothingOutsideTheSiteIsReachableAndOnlyReadsAreAllowed() {
        for (String path : new String[] {"/../secret.txt", "/assets/../../secret.txt", "/./index.html", "/a\\b.js", "relative"}) {
            assertThat(site.serve("GET", path, null, null).status()).as(path).isEqualTo(400);
        }
        assertThat(site.serve("GET", "/security-headers.json", null, null).status()).isEqualTo(404);
        SiteResponse post = site.serve("POST", "/repos", null, null);
        assertThat(post.status()).isEqualTo(405);
        assertThat(post.headers()).containsEntry("Allow", "GET, HEAD");
    }

    @Test
    void withoutABuiltDashboardEveryPageSaysHowToBuildIt() {
        DashboardSite empty = new DashboardSite(new URLClassLoader(new URL[0], null), SecurityHeaders.fromClasspath(new URLClassLoader(new URL[0], null)));
        assertThat(empty.built()).isFalse();
        SiteResponse response = empty.serve("GET", "/repos", null, null);
        assertThat(response.status()).isEqualTo(404);
        assertThat(text(response.body())).contains("scripts/setup");
        assertThat(response.headers()).containsKey("Content-Security-Policy");
    }

    private static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }
}
