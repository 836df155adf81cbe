package dev.debtos.platform.repos;

import dev.debtos.platform.validation.InvalidFieldException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.debtos.platform.config.GitProviderSettings;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepositoryAddressRulesTest {
    private final RepositoryAddressRules rules = new RepositoryAddressRules(GitProviderSettings.defaults());

    @Test
    void aFullNameGivesTheCloneUrlAndTheOtherWayRound() {
        assertThat(rules.remote("github", "octo-org/hello.world", null))
                .isEqualTo(new RepositoryAddress("github", "octo-org/hello.world", "https://github.com/octo-org/hello.world.git"));
        assertThat(rules.remote("github", null, "https://github.com/octo/hello"))
                .isEqualTo(new RepositoryAddress("github", "octo/hello", "https://github.com/octo/hello.git"));
        assertThat(rules.remote("gitlab", null, "https://gitlab.com/group/sub/team/project.git"))
                .isEqualTo(new RepositoryAddress("gitlab", "group/sub/team/project", "https://gitlab.com/group/sub/team/project.git"));
        assertThat(rules.remote("github", "Octo/Hello", "https://GitHub.com:443/octo/hello.git").fullName()).isEqualTo("Octo/Hello");
    }

    @Test
    void aSelfHostedGitLabUnderAPathIsItsOwnHost() {
        var selfHosted = new RepositoryAddressRules(new GitProviderSettings(URI.create("https://github.com"),
                URI.create("https://api.github.com"), URI.create("https://git.example.com/gitlab"),
                URI.create("https://git.example.com/gitlab/api/v4")));
        assertThat(selfHosted.remote("gitlab", null, "https://git.example.com/gitlab/a/b.git").fullName()).isEqualTo("a/b");
        assertThatThrownBy(() -> selfHosted.remote("gitlab", null, "https://gitlab.com/a/b.git"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("cloneUrl"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "bitbucket|a/b|-|provider",
            "github|-|-|fullName",
            "github|noslash|-|fullName",
            "github|a/b/c|-|fullName",
            "github|-owner/x|-|fullName",
            "github|owner/x.git|-|fullName",
            "github|owner/..|-|fullName",
            "github|owner/na me|-|fullName",
            "gitlab|single|-|fullName",
            "gitlab|group/.hidden|-|fullName",
            "gitlab|group/name.atom|-|fullName",
            "github|-|http://github.com/a/b.git|cloneUrl",
            "github|-|git@github.com:a/b.git|cloneUrl",
            "github|-|ssh://github.com/a/b.git|cloneUrl",
            "github|-|https://user:token@github.com/a/b.git|cloneUrl",
            "github|-|https://evil.example/a/b.git|cloneUrl",
            "github|-|https://github.com.evil.example/a/b.git|cloneUrl",
            "github|-|https://github.com:8443/a/b.git|cloneUrl",
            "github|-|https://github.com/a/b.git?x=1|cloneUrl",
            "github|-|https://github.com/a/%2e%2e.git|cloneUrl",
            "github|-|https://github.com/a|cloneUrl",
            "github|-|not a url|cloneUrl",
            "gitlab|-|https://github.com/a/b.git|cloneUrl",
            "github|a/b|https://github.com/a/c.git|cloneUrl"})
    void eachMalformedAddressNamesItsField(String provider, String fullName, String cloneUrl, String field) {
        assertThatThrownBy(() -> rules.remote(provider, fullName, cloneUrl))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void aLocalDirectoryIsNamedAfterItsRealPath(@TempDir Path temp) throws Exception {
        Path shop = Files.createDirectory(temp.resolve("shop"));
        RepositoryAddress address = rules.local(shop.toString());
        assertThat(address.provider()).isEqualTo("local");
        assertThat(address.fullName()).isEqualTo("local/shop");
        assertThat(address.cloneUrl()).isEqualTo(shop.toRealPath().toUri().toString()).startsWith("file:");
    }

    @Test
    void aLocalPathMustBeAnExistingAbsoluteDirectory(@TempDir Path temp) throws Exception {
        Path file = Files.writeString(temp.resolve("file.txt"), "x");
        for (String path : new String[] {"relative/dir", temp.resolve("missing").toString(), file.toString(), "/", "", "a\0b"}) {
            assertThatThrownBy(() -> rules.local(path)).as(path)
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("path"));
        }
    }
}
