package dev.debtos.worker.pr.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PullRequestFeedbackTest {

    @Test
    void onlyPlainRepositoryNamesReachAnApiPath() {
        assertThat(PullRequestFeedback.usableName("acme/shop", true)).isTrue();
        assertThat(PullRequestFeedback.usableName("group/sub/shop.web", false)).isTrue();
        assertThat(PullRequestFeedback.usableName("group/sub/shop", true)).isFalse();
        assertThat(PullRequestFeedback.usableName("acme/../admin", false)).isFalse();
        assertThat(PullRequestFeedback.usableName("acme/shop?x=1", true)).isFalse();
        assertThat(PullRequestFeedback.usableName("acme/shop#frag", true)).isFalse();
        assertThat(PullRequestFeedback.usableName("acme/sh op", true)).isFalse();
        assertThat(PullRequestFeedback.usableName("acme", true)).isFalse();
    }

    @Test
    void endpointsDefaultToTheHostedProvidersAndAcceptSelfHostedOnes() {
        ProviderEndpoints defaults = ProviderEndpoints.fromEnvironment(Map.of());
        assertThat(defaults.githubApi()).isEqualTo(URI.create("https://api.github.com"));
        assertThat(defaults.gitlabBase()).isEqualTo(URI.create("https://gitlab.com"));

        ProviderEndpoints hosted = ProviderEndpoints.fromEnvironment(Map.of("GITHUB_API_URL", "https://ghe.example/api/v3/",
                "GITLAB_BASE_URL", "https://git.example"));
        assertThat(ProviderEndpoints.resolve(hosted.githubApi(), "/repos/a/b")).isEqualTo(URI.create("https://ghe.example/api/v3/repos/a/b"));
        assertThat(ProviderEndpoints.resolve(hosted.gitlabBase(), "/api/v4/x")).isEqualTo(URI.create("https://git.example/api/v4/x"));
    }

    @Test
    void aMalformedEndpointIsRefusedNamingTheVariableNotTheValue() {
        assertThatThrownBy(() -> ProviderEndpoints.fromEnvironment(Map.of("GITHUB_API_URL", "ftp://user:pw@host")))
                .hasMessageStartingWith("GITHUB_API_URL must be an http(s) URL").hasMessageNotContaining("pw");
        assertThatThrownBy(() -> ProviderEndpoints.fromEnvironment(Map.of("GITLAB_BASE_URL", "https://user:pw@gitlab.example")))
                .hasMessageStartingWith("GITLAB_BASE_URL");
    }

    @Test
    void statusDescriptionsAreCutToTheProvidersLimit() {
        assertThat(PullRequestThread.shortDescription("x".repeat(200))).hasSize(140).endsWith("…");
        assertThat(PullRequestThread.shortDescription("short")).isEqualTo("short");
    }
}
