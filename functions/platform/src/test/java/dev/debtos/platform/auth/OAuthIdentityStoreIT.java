package dev.debtos.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.platform.config.Secret;
import dev.debtos.platform.crypto.SecretBox;
import dev.debtos.platform.db.Database;
import dev.debtos.platform.db.Migrations;
import dev.debtos.platform.db.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** OAuth sign-in rows and the encrypted tokens others read back, against PostgreSQL. */
class OAuthIdentityStoreIT {
    private static TestDatabase database;
    private static com.zaxxer.hikari.HikariDataSource dataSource;
    private static final SecretBox BOX = new SecretBox(Secret.of("test-data-encryption-key-with-32-bytes-or-more"));
    private final OAuthIdentityStore identities = new OAuthIdentityStore(dataSource, BOX);
    private final OAuthTokens tokens = new OAuthTokens(dataSource, BOX);

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

    private static OAuthIdentityStore.ProviderAccount account(String provider, String id, String email, boolean verified, String token) {
        return new OAuthIdentityStore.ProviderAccount(provider, id, "login" + id, Optional.ofNullable(email), verified,
                Optional.of("Name " + id), Optional.empty(), token, List.of("read:user"));
    }

    @Test
    void aSecondSignInIsTheSameUserWithTheNewTokenEncrypted() throws Exception {
        String id = UUID.randomUUID().toString();
        User first = identities.signIn(account("github", id, id + "@example.com", true, "gho_first"));
        User second = identities.signIn(account("github", id, id + "@example.com", true, "gho_second"));
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(tokens.accessToken(first.id(), "github")).hasValue("gho_second");
        assertThat(tokens.accessToken(first.id(), "gitlab")).isEmpty();
        try (var connection = dataSource.getConnection();
             var select = connection.prepareStatement("SELECT access_token_encrypted FROM oauth_identities WHERE provider_user_id = ?")) {
            select.setString(1, id);
            try (var row = select.executeQuery()) {
                row.next();
                assertThat(new String(row.getBytes(1), StandardCharsets.ISO_8859_1)).doesNotContain("gho_second");
            }
        }
    }

    @Test
    void aVerifiedEmailJoinsTheExistingUserAnUnverifiedOneDoesNot() throws Exception {
        String email = UUID.randomUUID() + "@example.com";
        User github = identities.signIn(account("github", UUID.randomUUID().toString(), email, true, "t1"));
        User gitlab = identities.signIn(account("gitlab", UUID.randomUUID().toString(), email.toUpperCase(), true, "t2"));
        User stranger = identities.signIn(account("gitlab", UUID.randomUUID().toString(), email, false, "t3"));
        assertThat(gitlab.id()).isEqualTo(github.id());
        assertThat(stranger.id()).isNotEqualTo(github.id());
        assertThat(stranger.email()).isEmpty();
        assertThat(tokens.accessToken(github.id(), "gitlab")).hasValue("t2");
    }

    @Test
    void aTokenSealedUnderAnotherKeyReadsAsAbsent() throws Exception {
        User user = identities.signIn(account("github", UUID.randomUUID().toString(), null, false, "t"));
        var otherKey = new OAuthTokens(dataSource, new SecretBox(Secret.of("a-rotated-data-encryption-key-of-32-bytes-plus")));
        assertThat(otherKey.accessToken(user.id(), "github")).isEmpty();
    }
}
