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
        Path runDir = Files.createTempDirectory("debt-os-run");
        builder.environment().put("DEBT_OS_RUN_DIR", runDir.toString());
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

            // the queue's real port is printed, and queue-status finds this serve without SQS_PORT
            java.util.regex.Matcher queueLine = java.util.regex.Pattern.compile("scan queue \\(ElasticMQ\\) on http://127\\.0\\.0\\.1:(\\d+)")
                    .matcher("");
            for (int attempt = 0; attempt < 600 && !queueLine.reset(Files.readString(err, StandardCharsets.UTF_8)).find(); attempt++) {
                Thread.sleep(100);
            }
            assertThat(queueLine.reset(Files.readString(err, StandardCharsets.UTF_8)).find()).as("the queue's address is printed").isTrue();
            int queuePort = Integer.parseInt(queueLine.group(1));
            assertThat(queuePort).isNotZero();
            try (var database = dev.debtos.platform.db.TestDatabase.create()) {
                System.setProperty("liquibase.duplicateFileMode", "WARN");
                try (var data = dev.debtos.platform.db.Database.single(database.settings())) {
                    new dev.debtos.platform.db.Migrations().migrate(data);
                }
                var env = new java.util.HashMap<>(CliProcess.databaseEnv(database));
                env.put("DEBT_OS_RUN_DIR", runDir.toString());
                var status = CliProcess.run(env, "queue-status");
                assertThat(status.exitCode()).as(status.err()).isZero();
                assertThat(status.out()).contains("127.0.0.1:" + queuePort);
            }

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
