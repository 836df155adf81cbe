package dev.debtos.local.server;

import static dev.debtos.local.server.ApiTestServer.assertProblem;
import static dev.debtos.local.server.ApiTestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With CLONE_ALLOW_FILE_URLS on the local profile, a GitHub repository whose clone URL is a file:// git directory is
 * connected through the API (it once took SQL), under the same directory rules as a local repository.
 */
class FileCloneUrlIT {
    @TempDir
    Path temp;

    @Test
    void aProviderRepositoryOnAFileUrlIsConnectedThroughTheApiWhenOptedIn() throws Exception {
        Path directory = temp.resolve("shop");
        try (Git git = Git.init().setDirectory(directory.toFile()).setInitialBranch("main").call()) {
            Files.writeString(directory.resolve("README.md"), "# shop\n");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("first").setAuthor("dev", "dev@example.com").setCommitter("dev", "dev@example.com").setSign(false).call();
        }
        try (var api = ApiTestServer.start(Map.of("CLONE_ALLOW_FILE_URLS", "true"))) {
            String token = api.login("file-url");
            String url = directory.toUri().toString();
            var created = api.call("POST", "/api/repos", "{\"provider\":\"github\",\"fullName\":\"acme/shop\",\"cloneUrl\":\"" + url + "\"}", token);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            assertThat(json(created).get("fullName").asText()).isEqualTo("acme/shop");
            assertThat(json(created).get("cloneUrl").asText()).isEqualTo(directory.toRealPath().toUri().toString());

            assertThat(assertProblem(api.call("POST", "/api/repos", "{\"provider\":\"github\",\"cloneUrl\":\"" + url + "\"}", token), 400)
                    .get("detail").asText()).startsWith("fullName:");
            assertThat(assertProblem(api.call("POST", "/api/repos",
                    "{\"provider\":\"gitlab\",\"fullName\":\"acme/etc\",\"cloneUrl\":\"file:///etc\"}", token), 400)
                    .get("detail").asText()).startsWith("cloneUrl:");
        }
        try (var api = ApiTestServer.start()) {
            String token = api.login("file-url");
            assertThat(assertProblem(api.call("POST", "/api/repos", "{\"provider\":\"github\",\"fullName\":\"acme/shop\",\"cloneUrl\":\""
                    + directory.toUri() + "\"}", token), 400).get("detail").asText()).startsWith("cloneUrl:");
        }
    }
}
