package dev.debtos.platform.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignaturesTest {
    private static final byte[] BODY = "Hello, World!".getBytes(StandardCharsets.UTF_8);
    private static final String SECRET = "It's a Secret to Everybody";
    /** The example of GitHub's "Validating webhook deliveries" documentation. */
    private static final String GITHUB_EXAMPLE = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";

    @Test
    void verifiesGitHubsDocumentedExample() {
        assertThat(WebhookSignatures.gitHubSignatureValid(BODY, GITHUB_EXAMPLE, SECRET)).isTrue();
        assertThat(WebhookSignatures.gitHubSignatureValid(BODY, GITHUB_EXAMPLE.toUpperCase().replace("SHA256=", "sha256="), SECRET)).isTrue();
    }

    @Test
    void refusesAnotherBodySecretFormatOrNothing() {
        assertThat(WebhookSignatures.gitHubSignatureValid("Hello, World?".getBytes(StandardCharsets.UTF_8), GITHUB_EXAMPLE, SECRET)).isFalse();
        assertThat(WebhookSignatures.gitHubSignatureValid(BODY, GITHUB_EXAMPLE, "another secret")).isFalse();
        assertThat(WebhookSignatures.gitHubSignatureValid(BODY, GITHUB_EXAMPLE.substring(7), SECRET)).as("no sha256= prefix").isFalse();
        assertThat(WebhookSignatures.gitHubSignatureValid(BODY, "sha1=757107ea0eb2509fc211221cce984b8a37570b6d", SECRET)).isFalse();
        assertThat(WebhookSignatures.gitHubSignatureValid(BODY, GITHUB_EXAMPLE.substring(0, 20), SECRET)).isFalse();
        assertThat(WebhookSignatures.gitHubSignatureValid(BODY, null, SECRET)).isFalse();
        assertThat(WebhookSignatures.gitHubSignatureValid(BODY, GITHUB_EXAMPLE, "")).as("an empty secret verifies nothing").isFalse();
    }

    @Test
    void gitLabTokensMustBeEqual() {
        assertThat(WebhookSignatures.gitLabTokenValid("s3cret-token", "s3cret-token")).isTrue();
        assertThat(WebhookSignatures.gitLabTokenValid("s3cret-toke", "s3cret-token")).isFalse();
        assertThat(WebhookSignatures.gitLabTokenValid("S3cret-token", "s3cret-token")).isFalse();
        assertThat(WebhookSignatures.gitLabTokenValid(null, "s3cret-token")).isFalse();
        assertThat(WebhookSignatures.gitLabTokenValid("", "")).isFalse();
    }
}
