package dev.debtos.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.debtos.platform.db.Database;
import dev.debtos.platform.db.Migrations;
import dev.debtos.platform.db.TestDatabase;
import dev.debtos.platform.testing.MutableClock;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** API keys against PostgreSQL: format, what is stored, verification and its refusals. */
class ApiKeyServiceIT {
    private static TestDatabase database;
    private static com.zaxxer.hikari.HikariDataSource dataSource;
    private final MutableClock clock = new MutableClock(Instant.now());
    private final ApiKeyService service = new ApiKeyService(new ApiKeyStore(dataSource), clock);

    @BeforeAll
    static void migrate() throws Exception {
        database = TestDatabase.create();
        dataSource = Database.pooled(database.settings(), 2);
        new Migrations().migrate(dataSource);
    }

    @AfterAll
    static void drop() throws Exception {
        dataSource.close();
        database.close();
    }

    private static UUID user(DataSource source) throws Exception {
        return new UserStore(source).upsertByEmail(UUID.randomUUID() + "@example.com", "u").id();
    }

    @Test
    void aKeyHasTheRecognisableFormatAndOnlyItsHashIsStored() throws Exception {
        UUID user = user(dataSource);
        var created = service.create(user, "ci", EnumSet.of(Scope.READ), Optional.empty());
        assertThat(created.plaintext()).matches("dos_[0-9a-f]{12}_[A-Za-z0-9_-]{43}");
        assertThat(created.plaintext()).startsWith(created.key().prefix() + "_");
        assertThat(created.toString()).doesNotContain(created.plaintext());
        String secret = created.plaintext().substring(created.key().prefix().length() + 1);
        try (var connection = dataSource.getConnection();
             var select = connection.prepareStatement("SELECT key_prefix, key_hash FROM api_keys WHERE id = ?")) {
            select.setObject(1, created.key().id());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                assertThat(row.getString("key_prefix")).isEqualTo(created.key().prefix()).doesNotContain(secret);
                assertThat(row.getBytes("key_hash")).isEqualTo(MessageDigest.getInstance("SHA-256").digest(secret.getBytes()));
            }
        }
        assertThat(service.list(user)).singleElement().satisfies(k -> assertThat(k.toString()).doesNotContain(secret));
    }

    @Test
    void aValidKeyAuthenticatesAndRecordsItsUse() throws Exception {
        UUID user = user(dataSource);
        var created = service.create(user, "ci", EnumSet.of(Scope.READ, Scope.WRITE), Optional.empty());
        Caller caller = service.verify(created.plaintext());
        assertThat(caller.userId()).isEqualTo(user);
        assertThat(caller.apiKeyId()).hasValue(created.key().id());
        assertThat(caller.scopes()).containsExactlyInAnyOrder(Scope.READ, Scope.WRITE);
        assertThat(service.list(user).getFirst().lastUsedAt()).isPresent();
    }

    @Test
    void revokedExpiredWrongAndMalformedKeysAreRejected() throws Exception {
        UUID user = user(dataSource);
        var revoked = service.create(user, "a", Set.of(Scope.READ), Optional.empty());
        assertThat(service.revoke(user, revoked.key().id())).isTrue();
        assertThatThrownBy(() -> service.verify(revoked.plaintext())).hasMessage("API key is revoked");

        var expiring = service.create(user, "b", Set.of(Scope.READ), Optional.of(clock.instant().plus(Duration.ofHours(1))));
        service.verify(expiring.plaintext());
        clock.advance(Duration.ofHours(2));
        assertThatThrownBy(() -> service.verify(expiring.plaintext())).hasMessage("API key has expired");

        var valid = service.create(user, "c", Set.of(Scope.READ), Optional.empty());
        String wrongSecret = valid.key().prefix() + "_" + "A".repeat(43);
        assertThatThrownBy(() -> service.verify(wrongSecret)).hasMessage("API key is unknown");
        assertThatThrownBy(() -> service.verify("dos_000000000000_" + "A".repeat(43))).hasMessage("API key is unknown");
        assertThatThrownBy(() -> service.verify("not-a-key")).hasMessage("API key is malformed");
    }

    @Test
    void anotherUsersKeyCannotBeRevoked() throws Exception {
        UUID owner = user(dataSource);
        UUID other = user(dataSource);
        var key = service.create(owner, "a", Set.of(Scope.READ), Optional.empty());
        assertThat(service.revoke(other, key.key().id())).isFalse();
        service.verify(key.plaintext());
    }
}
