package dev.debtos.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.debtos.platform.config.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SecretBoxTest {
    private static final Secret KEY = Secret.of("a-data-encryption-key-of-at-least-32-bytes!");
    private final SecretBox box = new SecretBox(KEY);

    @Test
    void roundTripsAndPrefixesARandomNonce() {
        byte[] first = box.encryptText("gho_token", "oauth-token");
        byte[] second = box.encryptText("gho_token", "oauth-token");
        assertThat(box.decryptText(first, "oauth-token")).isEqualTo("gho_token");
        assertThat(first).hasSize(12 + "gho_token".length() + 16);
        assertThat(Arrays.copyOf(first, 12)).isNotEqualTo(Arrays.copyOf(second, 12));
        assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain("gho_token");
    }

    @Test
    void anotherPurposeAnotherKeyOrAnAlteredByteDoesNotDecrypt() {
        byte[] sealed = box.encryptText("secret", "webhook-secret:a");
        assertThatThrownBy(() -> box.decrypt(sealed, "webhook-secret:b")).isInstanceOf(SecretBox.UndecryptableException.class);
        assertThatThrownBy(() -> new SecretBox(Secret.of("another-data-encryption-key-of-32-bytes-or-more")).decrypt(sealed, "webhook-secret:a"))
                .isInstanceOf(SecretBox.UndecryptableException.class);
        byte[] altered = sealed.clone();
        altered[14] ^= 1;
        assertThatThrownBy(() -> box.decrypt(altered, "webhook-secret:a")).isInstanceOf(SecretBox.UndecryptableException.class);
        assertThatThrownBy(() -> box.decrypt(new byte[5], "webhook-secret:a")).isInstanceOf(SecretBox.UndecryptableException.class);
    }

    @Test
    void theKeyIsDerivedNotTheConfiguredBytes() throws Exception {
        byte[] sealed = box.encryptText("x", "p");
        byte[] raw = Arrays.copyOf(KEY.reveal().getBytes(StandardCharsets.UTF_8), 32);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(raw, "AES"), new GCMParameterSpec(128, sealed, 0, 12));
        cipher.updateAAD("p".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> cipher.doFinal(sealed, 12, sealed.length - 12)).isInstanceOf(javax.crypto.AEADBadTagException.class);
    }
}
