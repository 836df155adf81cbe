package dev.debtos.local.server;

import static dev.debtos.local.server.ApiTestServer.assertProblem;
import static dev.debtos.local.server.ApiTestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Embedding search, status and stats over stored rows. Vectors are axis-aligned so cosine similarities are exact:
 * the query e0 is 1 from e0, √½ from e0+e1 and 0 from e1 and e2.
 */
class EmbeddingApiIT {
    private static ApiTestServer api;
    private static LedgerFixtures fixtures;
    private static String alice;
    private static String bob;
    private static UUID aliceRepository;
    private static UUID bobRepository;

    @BeforeAll
    static void start() throws Exception {
        api = ApiTestServer.start();
        fixtures = new LedgerFixtures(api.dataSource());
        alice = api.login("alice");
        bob = api.login("bob");
        aliceRepository = fixtures.repository(fixtures.userId("alice"), "alice/search");
        fixtures.seed(aliceRepository);
        bobRepository = fixtures.repository(fixtures.userId("bob"), "bob/search");
        embed(aliceRepository, "src/main/java/App.java", 0, vector(0));
        embed(aliceRepository, "src/main/java/App.java", 1, vector(0, 1));
        embed(aliceRepository, "src/main/java/util/Strings.java", 0, vector(1));
        embed(aliceRepository, "old/Removed.java", 0, vector(2));
        embed(bobRepository, "src/main/java/App.java", 0, vector(0));
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
    }

    private static float[] vector(int... axes) {
        float[] vector = new float[384];
        for (int axis : axes) {
            vector[axis] = 1;
        }
        return vector;
    }

    private static String text(float[] vector) {
        return IntStream.range(0, vector.length).mapToObj(i -> Float.toString(vector[i])).collect(Collectors.joining(",", "[", "]"));
    }

    private static void embed(UUID repository, String path, int chunk, float[] vector) throws Exception {
        fixtures.update("""
                INSERT INTO file_embeddings (repository_id, path, chunk_index, start_line, end_line, content_hash, embedding, model,
                                             language)
                VALUES (?, ?, ?, ?, ?, 'hash', ?::vector, 'all-minilm-l6-v2', 'java')""", repository, path, chunk, 1 + chunk * 10,
                10 + chunk * 10, text(vector));
    }

    private static String search(UUID repository, float[] vector, Integer limit) {
        return "{\"repoId\":\"" + repository + "\",\"vector\":" + text(vector) + (limit == null ? "" : ",\"limit\":" + limit) + "}";
    }

    @Test
    void searchFindsTheNearestChunksOfTheCallersRepositoryOnly() throws Exception {
        var response = api.call("POST", "/api/embeddings/search", search(aliceRepository, vector(0), null), alice);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode items = json(response).get("items");
        assertThat(items).extracting(i -> i.get("path").asText() + "#" + i.get("chunkIndex").asInt())
                .containsExactly("src/main/java/App.java#0", "src/main/java/App.java#1", "old/Removed.java#0",
                        "src/main/java/util/Strings.java#0");
        assertThat(items).extracting(i -> i.get("score").asDouble()).containsExactly(1.0, 0.707107, 0.0, 0.0);
        assertThat(items.get(1).get("startLine").asInt()).isEqualTo(11);
        assertThat(json(response).get("model").asText()).isEqualTo("all-minilm-l6-v2");

        var javaUnderSrc = api.call("POST", "/api/embeddings/search", search(aliceRepository, vector(0), null)
                .replace("}", ",\"paths\":[\"src/**\"],\"languages\":[\"java\"]}"), alice);
        assertThat(json(javaUnderSrc).get("items")).extracting(i -> i.get("path").asText() + "#" + i.get("chunkIndex").asInt())
                .containsExactly("src/main/java/App.java#0", "src/main/java/App.java#1", "src/main/java/util/Strings.java#0");
        var onlyStrings = api.call("POST", "/api/embeddings/search", search(aliceRepository, vector(0), null)
                .replace("}", ",\"paths\":[\"Strings.java\"]}"), alice);
        assertThat(json(onlyStrings).get("items")).extracting(i -> i.get("path").asText()).containsExactly("src/main/java/util/Strings.java");
        var kotlin = api.call("POST", "/api/embeddings/search", search(aliceRepository, vector(0), null)
                .replace("}", ",\"languages\":[\"kotlin\"]}"), alice);
        assertThat(json(kotlin).get("items")).isEmpty();

        var limited = api.call("POST", "/api/embeddings/search", search(aliceRepository, vector(0), 2), alice);
        assertThat(json(limited).get("items")).hasSize(2);
        var bobs = api.call("POST", "/api/embeddings/search", search(bobRepository, vector(1), null), bob);
        assertThat(json(bobs).get("items")).extracting(i -> i.get("path").asText()).containsExactly("src/main/java/App.java");
    }

    @Test
    void similarListsOpenItemsByHowCloseTheirCodeIs() throws Exception {
        UUID anchor = fixtures.insert("""
                INSERT INTO debt_items (repository_id, fingerprint, rule_key, type, severity, status, path, start_line, end_line,
                                        title) VALUES (?, 'sim-anchor', 'TEST-002', 'complexity', 'high', 'open',
                                        'src/main/java/App.java', 2, 5, 'Anchor') RETURNING id""", aliceRepository);
        UUID near = fixtures.insert("""
                INSERT INTO debt_items (repository_id, fingerprint, rule_key, type, severity, status, path, start_line, end_line,
                                        title) VALUES (?, 'sim-near', 'TEST-002', 'complexity', 'high', 'open',
                                        'src/main/java/App.java', 12, 14, 'Near') RETURNING id""", aliceRepository);
        UUID far = fixtures.insert("""
                INSERT INTO debt_items (repository_id, fingerprint, rule_key, type, severity, status, path, start_line, end_line,
                                        title) VALUES (?, 'sim-far', 'TEST-002', 'code_smell', 'low', 'open',
                                        'src/main/java/util/Strings.java', 3, 4, 'Far') RETURNING id""", aliceRepository);

        var response = api.call("GET", "/api/debt/" + anchor + "/similar", null, alice);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("embedded").asBoolean()).isTrue();
        assertThat(body.get("items")).extracting(i -> i.get("id").asText() + "=" + i.get("score").asDouble())
                .containsExactly(near + "=0.707107", far + "=0.0");
        assertThat(json(api.call("GET", "/api/debt/" + anchor + "/similar?limit=1", null, alice)).get("items")).hasSize(1);

        UUID unembedded = fixtures.insert("""
                INSERT INTO debt_items (repository_id, fingerprint, rule_key, type, severity, status, path, title)
                VALUES (?, 'sim-none', 'TEST-002', 'missing_lock_file', 'low', 'open', NULL, 'No lock file') RETURNING id""",
                aliceRepository);
        JsonNode none = json(api.call("GET", "/api/debt/" + unembedded + "/similar", null, alice));
        assertThat(none.get("embedded").asBoolean()).isFalse();
        assertThat(none.get("items")).isEmpty();
        assertProblem(api.call("GET", "/api/debt/" + anchor + "/similar", null, bob), 404);
        assertProblem(api.call("GET", "/api/debt/" + anchor + "/similar?limit=0", null, alice), 400);
        fixtures.update("DELETE FROM debt_items WHERE fingerprint LIKE 'sim-%' AND repository_id = ?", aliceRepository);
    }

    @Test
    void statusAndStatsCountFilesOfTheLatestScan() throws Exception {
        var status = api.call("GET", "/api/embeddings/status", null, alice);
        assertThat(status.statusCode()).isEqualTo(200);
        JsonNode items = json(status).get("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("repositoryId").asText()).isEqualTo(aliceRepository.toString());
        assertThat(items.get(0).get("filesInScan").asLong()).isEqualTo(4);
        assertThat(items.get(0).get("filesEmbedded").asLong()).isEqualTo(2);
        assertThat(items.get(0).get("coverage").asDouble()).isEqualTo(0.5);
        assertThat(items.get(0).get("chunks").asLong()).isEqualTo(4);
        JsonNode bobs = json(api.call("GET", "/api/embeddings/status", null, bob)).get("items");
        assertThat(bobs).hasSize(1);
        assertThat(bobs.get(0).get("scanId").isNull()).isTrue();
        assertThat(bobs.get(0).get("filesInScan").asLong()).isZero();

        var stats = api.call("GET", "/api/embeddings/stats/" + aliceRepository, null, alice);
        assertThat(stats.statusCode()).as(stats.body()).isEqualTo(200);
        JsonNode body = json(stats);
        assertThat(body.get("dimensions").asInt()).isEqualTo(384);
        assertThat(body.get("models").toString()).contains("\"model\":\"all-minilm-l6-v2\"").contains("\"chunks\":4").contains("\"files\":3");
        assertThat(body.get("lastEmbeddedAt").isNull()).isFalse();
    }

    @Test
    void anotherUsersRepositoryIsA404() throws Exception {
        assertProblem(api.call("POST", "/api/embeddings/search", search(aliceRepository, vector(0), null), bob), 404);
        assertProblem(api.call("POST", "/api/embeddings/search", search(UUID.randomUUID(), vector(0), null), bob), 404);
        assertProblem(api.call("GET", "/api/embeddings/stats/" + aliceRepository, null, bob), 404);
        assertProblem(api.call("GET", "/api/embeddings/stats/" + UUID.randomUUID(), null, bob), 404);
    }

    @Test
    void malformedInputIsA400NamingTheField() throws Exception {
        String repo = aliceRepository.toString();
        String[][] cases = {
                {"{\"repoId\":\"nope\",\"vector\":[1]}", "repoId"},
                {"{\"vector\":[1]}", "repoId"},
                {"{\"repoId\":\"" + repo + "\"}", "query"},
                {"{\"repoId\":\"" + repo + "\",\"query\":\"god class\",\"vector\":" + text(vector(0)) + "}", "query"},
                {"{\"repoId\":\"" + repo + "\",\"query\":\"  \"}", "query"},
                {"{\"repoId\":\"" + repo + "\",\"query\":\"x\",\"languages\":[\"cobol\"]}", "languages"},
                {"{\"repoId\":\"" + repo + "\",\"query\":\"x\",\"paths\":\"src\"}", "paths"},
                {"{\"repoId\":\"" + repo + "\",\"query\":\"x\",\"paths\":[\"\"]}", "paths"},
                {"{\"repoId\":\"" + repo + "\",\"vector\":[1,2,3]}", "vector"},
                {"{\"repoId\":\"" + repo + "\",\"vector\":" + text(new float[384]) + "}", "vector"},
                {"{\"repoId\":\"" + repo + "\",\"vector\":" + text(vector(0)).replaceFirst("1\\.0", "\"x\"") + "}", "vector"},
                {search(aliceRepository, vector(0), 0), "limit"},
                {search(aliceRepository, vector(0), 1000), "limit"},
                {"{\"repoId\":", "body"},
                {"[]", "body"}};
        for (String[] c : cases) {
            JsonNode problem = assertProblem(api.call("POST", "/api/embeddings/search", c[0], alice), 400);
            assertThat(problem.get("detail").asText()).as(c[0].substring(0, Math.min(60, c[0].length()))).startsWith(c[1] + ":");
        }
        assertThat(assertProblem(api.call("GET", "/api/embeddings/stats/xyz", null, alice), 400).get("detail").asText())
                .startsWith("repoId:");
        assertThat(Arrays.asList(cases)).hasSize(15);
    }
}
