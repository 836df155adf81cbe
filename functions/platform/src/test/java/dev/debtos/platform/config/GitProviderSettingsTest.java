package dev.debtos.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GitProviderSettingsTest {

    private static GitProviderSettings load(Map<String, String> env) {
        return AppConfig.load(env, SecretSource.NONE).gitProviders();
    }

    @Test
    void githubComAndGitlabComByDefault() {
        assertThat(load(Map.of())).isEqualTo(GitProviderSettings.defaults());
        assertThat(GitProviderSettings.defaults().gitlabApi()).isEqualTo(URI.create("https://gitlab.com/api/v4"));
    }

    @Test
    void githubEnterpriseHasItsApiUnderApiV3AndEveryBaseCanBeOverridden() {
        assertThat(load(Map.of("GITHUB_BASE_URL", "https://ghe.example.com/")).githubApi())
                .isEqualTo(URI.create("https://ghe.example.com/api/v3"));
        GitProviderSettings custom = load(Map.of("GITHUB_API_URL", "http://127.0.0.1:9999", "GITLAB_BASE_URL", "https://git.example.com/gl"));
        assertThat(custom.githubApi()).isEqualTo(URI.create("http://127.0.0.1:9999"));
        assertThat(custom.gitlabApi()).isEqualTo(URI.create("https://git.example.com/gl/api/v4"));
        assertThat(load(Map.of("GITLAB_API_URL", "http://127.0.0.1:9998/api/v4")).gitlabApi()).isEqualTo(URI.create("http://127.0.0.1:9998/api/v4"));
    }

    @Test
    void aMalformedBaseIsNamedWithoutItsValue() {
        assertThatThrownBy(() -> load(Map.of("GITLAB_BASE_URL", "ftp://user:pw@host"))).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("GITLAB_BASE_URL").hasMessageNotContaining("pw");
    }
}
