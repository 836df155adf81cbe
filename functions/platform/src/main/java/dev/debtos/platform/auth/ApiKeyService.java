package dev.debtos.platform.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * API keys: {@code dos_<public id>_<secret>}, where the public id (12 hex characters, 48 random bits) is the
 * stored {@code key_prefix} that finds the row and the secret (43 base64url characters, 256 random bits) is stored
 * only as its SHA-256 and shown once, at creation. Verification compares hashes in constant time and rejects
 * revoked and expired keys.
 */
public final class ApiKeyService {
    public static final String PREFIX = "dos_";
    private static final Pattern FORMAT = Pattern.compile("dos_([0-9a-f]{12})_([A-Za-z0-9_-]{43})");

    private final ApiKeyStore store;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** A key just created: {@code plaintext} is the only copy of the secret. */
    public record Created(ApiKey key, String plaintext) {
        @Override
        public String toString() {
            return "Created[key=" + key + "]";
        }
    }

    public ApiKeyService(ApiKeyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Created create(UUID userId, String name, Set<Scope> scopes, Optional<Instant> expiresAt) throws SQLException {
        byte[] publicId = new byte[6];
        byte[] secret = new byte[32];
        random.nextBytes(publicId);
        random.nextBytes(secret);
        String prefix = PREFIX + HexFormat.of().formatHex(publicId);
        String secretText = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiKey key = store.insert(userId, name, prefix, sha256(secretText), scopes, expiresAt);
        return new Created(key, prefix + "_" + secretText);
    }

    public List<ApiKey> list(UUID userId) throws SQLException {
        return store.listByUser(userId);
    }

    public boolean revoke(UUID userId, UUID keyId) throws SQLException {
        return store.revoke(userId, keyId);
    }

    /** The caller a presented key stands for, recording its use. */
    public Caller verify(String presented) throws InvalidCredentialException, SQLException {
        var match = FORMAT.matcher(presented);
        if (!match.matches()) {
            throw new InvalidCredentialException("API key is malformed");
        }
        var stored = store.findByPrefix(PREFIX + match.group(1));
        // Hash even when no row matches, so the time taken does not tell whether a public id exists.
        byte[] presentedHash = sha256(match.group(2));
        byte[] expected = stored.map(ApiKeyStore.StoredKey::hash).orElse(new byte[32]);
        if (!MessageDigest.isEqual(presentedHash, expected) || stored.isEmpty()) {
            throw new InvalidCredentialException("API key is unknown");
        }
        ApiKey key = stored.get().key();
        if (key.revokedAt().isPresent()) {
            throw new InvalidCredentialException("API key is revoked");
        }
        if (key.expiresAt().isPresent() && !clock.instant().isBefore(key.expiresAt().get())) {
            throw new InvalidCredentialException("API key has expired");
        }
        store.touch(key.id());
        return new Caller(key.userId(), key.scopes(), Caller.Method.API_KEY, Optional.of(key.id()), Optional.empty(), Optional.empty());
    }

    static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }
}
