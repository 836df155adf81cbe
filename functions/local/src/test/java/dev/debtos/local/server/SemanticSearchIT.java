package dev.debtos.local.server;

import static dev.debtos.local.server.ApiTestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search by meaning end to end: a local repository connected and scanned through the runtime (whose worker embeds
 * with the real all-MiniLM-L6-v2), then found by paraphrases of what its functions do, which share no identifier
 * with them.
 */
class SemanticSearchIT {

    @Test
    void aScannedRepositoryIsFoundByParaphrasesOfWhatItsFunctionsDo(@TempDir Path directory) throws Exception {
        try (ApiTestServer api = ApiTestServer.start()) {
            String alice = api.login("alice");
            String connect = "{\"provider\":\"local\",\"path\":\"" + repository(directory) + "\"}";
            String repoId = json(api.call("POST", "/api/repos", connect, alice)).get("id").asText();
            JsonNode scan = scan(api, alice, repoId);
            JsonNode embeddings = scan.get("stats").get("embeddings");
            assertThat(embeddings.get("model").asText()).isEqualTo("all-minilm-l6-v2");
            assertThat(embeddings.get("embedded").asInt()).isEqualTo(embeddings.get("chunks").asInt()).isGreaterThanOrEqualTo(5);

            assertThat(firstName(api, alice, repoId, "test whether an integer has no divisors other than one and itself"))
                    .isEqualTo("isPrime");
            assertThat(firstName(api, alice, repoId, "break a comma separated record into its columns, honouring quotes"))
                    .isEqualTo("splitCsvLine");
            assertThat(firstName(api, alice, repoId, "check that an e-mail address looks well formed"))
                    .isEqualTo("isValidEmailAddress");
            assertThat(firstName(api, alice, repoId, "multiply all numbers from one up to n")).isEqualTo("factorial");

            JsonNode again = scan(api, alice, repoId).get("stats").get("embeddings");
            assertThat(again.get("embedded").asInt()).as("an unchanged rescan embeds nothing").isZero();
            assertThat(again.path("queued").asInt()).as("and queues nothing").isZero();
        }
    }

    private static String firstName(ApiTestServer api, String token, String repoId, String query) throws Exception {
        var response = api.call("POST", "/api/embeddings/search",
                "{\"repoId\":\"" + repoId + "\",\"query\":\"" + query + "\",\"limit\":3}", token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).get("items").get(0).get("name").asText();
    }

    private static JsonNode scan(ApiTestServer api, String token, String repoId) throws Exception {
        String scan = json(api.call("POST", "/api/repos/" + repoId + "/scans", "{\"depth\":\"standard\"}", token)).get("id").asText();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        JsonNode body = null;
        while (Instant.now().isBefore(deadline)) {
            body = json(api.call("GET", "/api/scans/" + scan, null, token));
            // the scan completes before its embedding batches, which the runtime's embedding worker then takes
            if (List.of("completed", "failed", "cancelled").contains(body.get("status").asText())
                    && !"embedding".equals(body.path("stats").path("embeddings").path("state").asText())) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(body.get("status").asText()).as(body.toString()).isEqualTo("completed");
        assertThat(body.path("stats").path("embeddings").path("state").asText()).as(body.toString()).isNotEqualTo("embedding");
        return body;
    }

    private static Path repository(Path directory) throws Exception {
        Path util = Files.createDirectories(directory.resolve("src/main/java/util"));
        Files.writeString(util.resolve("Numbers.java"), """
                package util;

                final class Numbers {
                    static boolean isPrime(int n) {
                        if (n < 2) {
                            return false;
                        }
                        for (int d = 2; (long) d * d <= n; d++) {
                            if (n % d == 0) {
                                return false;
                            }
                        }
                        return true;
                    }

                    static long factorial(int n) {
                        long result = 1;
                        for (int i = 2; i <= n; i++) {
                            result *= i;
                        }
                        return result;
                    }

                    static int greatestCommonDivisor(int a, int b) {
                        while (b != 0) {
                            int t = a % b;
                            a = b;
                            b = t;
                        }
                        return a;
                    }
                }
                """);
        Files.writeString(util.resolve("Text.java"), """
                package util;

                import java.util.ArrayList;
                import java.util.List;

                final class Text {
                    static String reverse(String value) {
                        StringBuilder builder = new StringBuilder(value);
                        return builder.reverse().toString();
                    }

                    static List<String> splitCsvLine(String line) {
                        List<String> fields = new ArrayList<>();
                        StringBuilder field = new StringBuilder();
                        boolean quoted = false;
                        for (char c : line.toCharArray()) {
                            if (c == '"') {
                                quoted = !quoted;
                            } else if (c == ',' && !quoted) {
                                fields.add(field.toString());
                                field.setLength(0);
                            } else {
                                field.append(c);
                            }
                        }
                        fields.add(field.toString());
                        return fields;
                    }

                    static boolean isValidEmailAddress(String address) {
                        int at = address.indexOf('@');
                        return at > 0 && at == address.lastIndexOf('@') && address.indexOf('.', at) > at + 1;
                    }
                }
                """);
        try (Git git = Git.init().setDirectory(directory.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("utilities").setAuthor("dev", "dev@example.com").setCommitter("dev", "dev@example.com")
                    .setSign(false).call();
        }
        return directory.toRealPath();
    }
}
