package dev.debtos.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CloneSettingsTest {

    private static CloneSettings load(Map<String, String> variables) {
        return AppConfig.load(variables, SecretSource.NONE).cloning();
    }

    @Test
    void defaultsAllowGithubAndGitlabWithSaneCaps() {
        CloneSettings settings = load(Map.of());
        assertThat(settings.allowedHosts()).containsExactly("github.com", "gitlab.com");
        assertThat(settings.maxRepositoryBytes()).isEqualTo(1024L << 20);
        assertThat(settings.maxFiles()).isEqualTo(100_000);
        assertThat(settings.maxFileBytes()).isEqualTo(5L << 20);
        assertThat(settings.timeout()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void selfHostedHostsComeFromCloneAllowedHostsAndTheProviderBaseUrls() {
        CloneSettings settings = load(Map.of("CLONE_ALLOWED_HOSTS", " git.example.com, Code.Corp.Example ",
                "GITLAB_BASE_URL", "https://gitlab.internal.example", "CLONE_MAX_REPOSITORY_MB", "20",
                "CLONE_MAX_FILES", "300", "CLONE_MAX_FILE_KB", "64", "CLONE_TIMEOUT", "90s"));
        assertThat(settings.allowedHosts()).containsExactly("github.com", "gitlab.com", "gitlab.internal.example",
                "git.example.com", "code.corp.example");
        assertThat(settings.allows("GIT.example.com")).isTrue();
        assertThat(settings.allows("evil.example.com")).isFalse();
        assertThat(settings.maxRepositoryBytes()).isEqualTo(20L << 20);
        assertThat(settings.maxFiles()).isEqualTo(300);
        assertThat(settings.maxFileBytes()).isEqualTo(64L << 10);
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void malformedValuesNameTheVariable() {
        for (String hosts : new String[] {"https://git.example.com", "-oProxy.example.com", "localhost", "a b.example.com"}) {
            assertThatThrownBy(() -> load(Map.of("CLONE_ALLOWED_HOSTS", hosts))).isInstanceOf(ConfigException.class)
                    .hasMessageContaining("CLONE_ALLOWED_HOSTS");
        }
        assertThatThrownBy(() -> load(Map.of("CLONE_MAX_FILES", "0"))).hasMessageContaining("CLONE_MAX_FILES");
        assertThatThrownBy(() -> load(Map.of("CLONE_TIMEOUT", "soon"))).hasMessageContaining("CLONE_TIMEOUT");
    }
}
