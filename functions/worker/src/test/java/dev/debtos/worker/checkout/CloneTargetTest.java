package dev.debtos.worker.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.debtos.platform.config.CloneSettings;
import dev.debtos.worker.ScanRejected;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every way a clone URL is refused, with a fake DNS (no network). */
class CloneTargetTest {
    private static final CloneSettings SETTINGS = new CloneSettings(List.of("github.com", "gitlab.com", "git.example.com"),
            1 << 20, 10, 1 << 10, Duration.ofMinutes(1));

    @TempDir
    Path dir;

    /** git.example.com resolves to whatever the test says; github.com to a public address. */
    private static HostResolver dns(String... addresses) {
        Map<String, String[]> table = Map.of("github.com", new String[] {"140.82.121.4"}, "git.example.com", addresses);
        return host -> {
            String[] found = table.get(host);
            if (found == null || found.length == 0) {
                throw new UnknownHostException(host);
            }
            return Arrays.stream(found).map(CloneTargetTest::literal).toList();
        };
    }

    private static InetAddress literal(String address) {
        try {
            return InetAddress.getByName(address); // a literal: no look-up happens
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String rejection(String url, boolean localAllowed, HostResolver dns) {
        try {
            CloneTarget.of(url, SETTINGS, localAllowed, dns);
        } catch (ScanRejected e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted: " + url);
    }

    @Test
    void anHttpsUrlOnAnAllowedPublicHostIsAccepted() throws Exception {
        CloneTarget target = CloneTarget.of("https://github.com/acme/shop.git", SETTINGS, false, dns());
        assertThat(target.isLocal()).isFalse();
        assertThat(target.uri().getHost()).isEqualTo("github.com");
        assertThat(CloneTarget.of("https://git.example.com/team/app.git", SETTINGS, false, dns("93.184.216.34")).uri())
                .hasHost("git.example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ssh://git@github.com/acme/shop.git", "git://github.com/acme/shop.git",
            "http://github.com/acme/shop.git", "ext::sh -c touch% /tmp/pwned", "git@github.com:acme/shop.git"})
    void otherSchemesAreRefused(String url) {
        assertThat(rejection(url, false, dns())).containsAnyOf("must use https", "not a plain URL", "not a valid URL",
                "must not contain credentials");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://user:secret@github.com/acme/shop.git", "https://ghp_token@github.com/acme/shop.git",
            "https://x-access-token:abc@github.com/acme/shop.git"})
    void credentialsInTheUrlAreRefused(String url) {
        assertThat(rejection(url, false, dns())).isEqualTo("the clone URL must not contain credentials");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--upload-pack=touch /tmp/pwned", "-uhttps://github.com/a/b", "https://-oProxyCommand=x/a/b",
            "https://github.com/--upload-pack=evil", "https://github.com/acme/-shop.git", "https://github.com/acme/../../etc",
            "https://github.com/acme/shop.git --upload-pack=x"})
    void optionLikeHostsAndPathsAreRefused(String url) {
        assertThat(rejection(url, false, dns())).containsAnyOf("not a plain URL", "no valid host", "not a repository path",
                "not a valid URL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://github.com:8443/acme/shop.git", "https://github.com/acme/shop.git?x=1",
            "https://github.com/acme/shop.git#main"})
    void portsQueriesAndFragmentsAreRefused(String url) {
        assertThat(rejection(url, false, dns())).isEqualTo("the clone URL must not have a port, query or fragment");
    }

    @Test
    void hostsOutsideTheAllowListAreRefusedBeforeAnyLookUp() {
        HostResolver failing = host -> {
            throw new AssertionError("resolved " + host);
        };
        assertThat(rejection("https://evil.example.net/acme/shop.git", false, failing))
                .isEqualTo("cloning from evil.example.net is not allowed (CLONE_ALLOWED_HOSTS)");
        assertThat(rejection("https://169.254.169.254/latest/meta-data", false, failing)).contains("is not allowed");
    }

    @Test
    void aHostThatDoesNotResolveIsRefused() {
        assertThat(rejection("https://git.example.com/team/app.git", false, dns()))
                .isEqualTo("the repository's host git.example.com does not resolve");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "127.0.0.1", "0.0.0.0",
            "169.254.169.254", "100.64.0.1", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fd00::1", "fc00::7",
            "ff02::1", "::ffff:10.0.0.1", "::ffff:127.0.0.1", "::ffff:169.254.169.254"})
    void nonPublicAddressesAreRefusedAfterResolution(String address) {
        assertThat(rejection("https://git.example.com/team/app.git", false, dns(address)))
                .isEqualTo("the repository's host git.example.com resolves to a non-public address");
    }

    @Test
    void everyResolvedAddressIsChecked() {
        assertThat(rejection("https://git.example.com/team/app.git", false, dns("93.184.216.34", "10.0.0.7")))
                .contains("non-public address");
    }

    @Test
    void publicAddressesPass() {
        for (String address : List.of("93.184.216.34", "172.32.0.1", "100.128.0.1", "2606:4700::1111", "::ffff:93.184.216.34")) {
            assertThat(PublicAddresses.isPublic(literal(address))).as(address).isTrue();
        }
    }

    @Test
    void fileUrlsOnlyOnTheLocalProfile() throws Exception {
        String url = dir.toUri().toString();
        assertThat(rejection(url, false, dns())).isEqualTo("file:// repositories are scanned only on the local profile");
        assertThat(CloneTarget.of(url, SETTINGS, true, dns()).localPath()).isEqualTo(dir);
        assertThat(rejection(dir.resolve("gone").toUri().toString(), true, dns())).contains("does not exist");
        assertThat(rejection("file://other-host/srv/repo", true, dns())).isEqualTo("file:// URLs must not name a host");
        assertThat(rejection("/srv/repo", true, dns())).contains("must use https (no scheme");
    }
}
