package dev.debtos.platform.crypto;

import dev.debtos.platform.config.Secret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encryption at rest for what the application must read back (OAuth access tokens, webhook secrets): AES-256-GCM
 * with a random 96-bit nonce, stored as {@code nonce || ciphertext || 128-bit tag}.
 *
 * <p>The AES key is derived from DATA_ENCRYPTION_KEY ({@code AppConfig.requireDataEncryptionKey()}) with
 * HKDF-SHA256 (RFC 5869, one block), so the configured value may be any string of at least 32 bytes and is never
 * used as a key directly. The caller names a <em>purpose</em> (for example {@code oauth-token} or
 * {@code webhook-secret:<repositoryId>}), bound as additional authenticated data: a ciphertext copied to another
 * row or column fails to decrypt instead of yielding another object's secret.
 */
public final class SecretBox {
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] SALT = "debt-os:secret-box".getBytes(StandardCharsets.UTF_8);
    private static final byte[] INFO = "aes-256-gcm:v1".getBytes(StandardCharsets.UTF_8);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    public SecretBox(Secret dataEncryptionKey) {
        this.key = new SecretKeySpec(hkdf(dataEncryptionKey.reveal().getBytes(StandardCharsets.UTF_8)), "AES");
    }

    public byte[] encrypt(byte[] plaintext, String purpose) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext);
            byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable in this JVM", e);
        }
    }

    /**
     * The plaintext, or {@link UndecryptableException} when the bytes were altered, belong to another purpose or
     * were sealed under another key (a rotated DATA_ENCRYPTION_KEY).
     */
    public byte[] decrypt(byte[] sealed, String purpose) {
        if (sealed == null || sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new UndecryptableException();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new UndecryptableException();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable in this JVM", e);
        }
    }

    public byte[] encryptText(String plaintext, String purpose) {
        return encrypt(plaintext.getBytes(StandardCharsets.UTF_8), purpose);
    }

    public String decryptText(byte[] sealed, String purpose) {
        return new String(decrypt(sealed, purpose), StandardCharsets.UTF_8);
    }

    /** HKDF-SHA256 extract then the first expand block: 32 bytes, an AES-256 key. */
    private static byte[] hkdf(byte[] inputKeyMaterial) {
        try {
            Mac extract = Mac.getInstance("HmacSHA256");
            extract.init(new SecretKeySpec(SALT, "HmacSHA256"));
            byte[] prk = extract.doFinal(inputKeyMaterial);
            Mac expand = Mac.getInstance("HmacSHA256");
            expand.init(new SecretKeySpec(prk, "HmacSHA256"));
            expand.update(INFO);
            expand.update((byte) 1);
            return expand.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable in this JVM", e);
        }
    }

    /** Sealed bytes that do not open under this key and purpose; carries no detail on purpose. */
    public static final class UndecryptableException extends RuntimeException {
        public UndecryptableException() {
            super("ciphertext cannot be decrypted with this key and purpose", null, false, false);
        }
    }
}
