package dev.debtos.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code debt-os serve} as its own process: ready when /api/health answers, one log line per request, stops on SIGTERM. */
class ServeCommandIT {

    @Test
    void servesUntilSigtermAndLogsRequestsWithoutQueryStrings() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path err = Files.createTempFile("serve", ".err");
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Ddebtos.log.target=SYSTEM_ERR", "-jar", CliProcess.JAR.toString(), "serve"))
                .redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("SQS_PORT", "0"); // any free port: 9324 may be taken on a shared machine
        Process process = builder.start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> health = null;
            for (int attempt = 0; attempt < 300 && health == null; attempt++) {
                try {
                    health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health")).build(),
                            HttpResponse.BodyHandlers.ofString());
                } catch (java.io.IOException notYet) {
                    Thread.sleep(100);
                }
            }
            assertThat(health).as("ready within 30 s").isNotNull();
            assertThat(health.statusCode()).isEqualTo(200);
            var notFound = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/x?token=q-secret-77")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(notFound.statusCode()).isEqualTo(404);

            process.destroy(); // SIGTERM
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
            String log = Files.readString(err, StandardCharsets.UTF_8);
            assertThat(log).contains("API listening on http://127.0.0.1:" + port).contains("API stopped");
            assertThat(log).contains("\"path\":\"/api/health\"").contains("\"status\":\"200\"");
            assertThat(log).contains("\"path\":\"/api/x\"").contains("\"status\":\"404\"").doesNotContain("q-secret-77");
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(err);
        }
    }
}
