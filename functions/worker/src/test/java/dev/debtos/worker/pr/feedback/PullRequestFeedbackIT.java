package dev.debtos.worker.pr.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.platform.config.Secret;
import dev.debtos.platform.scan.Repository;
import dev.debtos.worker.pr.FakeProviderServer;
import dev.debtos.worker.pr.PullRequestSettings;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PR feedback against a local server speaking GitHub's API: what is skipped, what fails, and that failures are reported. */
class PullRequestFeedbackIT {
    private static final String TOKEN = "gho_feedback_test_token";
    private static final String SHA = "0123456789abcdef0123456789abcdef01234567";
    private static final Repository GITHUB = new Repository(UUID.randomUUID(), UUID.randomUUID(), "github", "acme/shop",
            "https://github.com/acme/shop.git", "main");

    private FakeProviderServer server;

    @BeforeEach
    void start() throws Exception {
        server = new FakeProviderServer(TOKEN);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void withoutATokenNothingIsSentAndBothAreSkipped() throws Exception {
        PullRequestFeedback.Result result = feedback(ProviderTokens.none(), server.url()).publish(GITHUB, PullRequestSettings.defaults(), report(true));

        assertThat(result).isEqualTo(new PullRequestFeedback.Result("skipped", "skipped", java.util.List.of()));
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aLocalRepositoryHasNoPullRequestToReportTo() throws Exception {
        Repository local = new Repository(UUID.randomUUID(), UUID.randomUUID(), "local", "local/tmp/shop", "file:///tmp/shop", "main");

        PullRequestFeedback.Result result = feedback(tokens(TOKEN), server.url()).publish(local, PullRequestSettings.defaults(), report(true));

        assertThat(result.comment()).isEqualTo("skipped");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aRejectedTokenIsRecordedAsAFailedCallWithoutTheToken() throws Exception {
        PullRequestFeedback.Result result = feedback(tokens("gho_revoked_token"), server.url()).publish(GITHUB, PullRequestSettings.defaults(), report(false));

        assertThat(result.comment()).isEqualTo("failed");
        assertThat(result.status()).isEqualTo("failed");
        assertThat(result.errors()).containsExactly("GET /repos/acme/shop/issues/7/comments answered 401",
                "POST /repos/acme/shop/statuses/" + SHA + " answered 401");
        assertThat(result.toJson().toString()).doesNotContain("gho_revoked_token");
    }

    @Test
    void anUnreachableProviderIsRecordedAndDoesNotThrow() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        PullRequestFeedback.Result result = feedback(tokens(TOKEN), URI.create("http://127.0.0.1:" + closedPort)).publish(GITHUB, PullRequestSettings.defaults(), report(true));

        assertThat(result.comment()).isEqualTo("failed");
        assertThat(result.errors()).first().asString().startsWith("GET /repos/acme/shop/issues/7/comments failed: ");
    }

    @Test
    void aTokenStoreFailureSkipsTheCallsAndIsRecorded() throws Exception {
        ProviderTokens broken = (userId, provider) -> {
            throw new IllegalStateException("decryption failed");
        };

        PullRequestFeedback.Result result = feedback(broken, server.url()).publish(GITHUB, PullRequestSettings.defaults(), report(true));

        assertThat(result.comment()).isEqualTo("failed");
        assertThat(result.errors()).containsExactly("the github token could not be read");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void bothSwitchedOffSendsNothing() throws Exception {
        PullRequestFeedback.Result result = feedback(tokens(TOKEN), server.url()).publish(GITHUB, new PullRequestSettings(false, false, dev.debtos.engine.findings.Severity.HIGH), report(true));

        assertThat(result.comment()).isEqualTo("disabled");
        assertThat(result.status()).isEqualTo("disabled");
        assertThat(server.requests()).isEmpty();
    }

    private static PullRequestFeedback.Report report(boolean passed) {
        return new PullRequestFeedback.Report(7, SHA, UUID.randomUUID(), "body", passed, passed ? "passed" : "failed", true);
    }

    private static ProviderTokens tokens(String token) {
        Secret secret = Secret.of(token);
        return (userId, provider) -> Optional.of(secret);
    }

    private static PullRequestFeedback feedback(ProviderTokens tokens, URI github) {
        return new PullRequestFeedback(tokens, new ProviderEndpoints(github, github), Optional.empty());
    }
}
