package dev.debtos.engine.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SettingSecretsTest {
    private static List<String> found(String line) {
        return SettingSecrets.find(line).stream().map(s -> line.substring(s.start(), s.end())).toList();
    }

    @Test
    void findsUnquotedValuesOfSecretNamedKeysInEveryFormat() {
        assertThat(found("AWS_SECRET_ACCESS_KEY=Zq3vT8mN1pL6xR4kW9sB2yH7cJ5fD0gA3eU8iO1t"))
                .containsExactly("Zq3vT8mN1pL6xR4kW9sB2yH7cJ5fD0gA3eU8iO1t");
        assertThat(found("export API_SECRET=Lp3Xr7Vn2Wq9Tz5Kb8Mc4Hj6")).containsExactly("Lp3Xr7Vn2Wq9Tz5Kb8Mc4Hj6");
        assertThat(found("  password: hunter2xyz9")).containsExactly("hunter2xyz9");
        assertThat(found("  - password: hunter2xyz9")).containsExactly("hunter2xyz9");
        assertThat(found("spring.datasource.password=Hn4rT8qLw2z")).containsExactly("Hn4rT8qLw2z");
        assertThat(found("password = Tr5kWq8zMx2  # the old one")).containsExactly("Tr5kWq8zMx2");
        assertThat(found("dbPassword: Tr5kWq8zMx2")).containsExactly("Tr5kWq8zMx2");
    }

    @Test
    void findsConnectionStringPasswordsAndProviderFormatsWithoutQuotes() {
        assertThat(found("DATABASE_URL=postgres://billing:Qv7pLm2xR9@db.internal:5432/billing")).containsExactly("Qv7pLm2xR9");
        assertThat(found("url: jdbc:sqlserver://db;user=app;password=Wq9zXr4Tp")).containsExactly("Wq9zXr4Tp");
        assertThat(found("key AKIAZ3MHQ7BX4TPN2KWE in a note")).containsExactly("AKIAZ3MHQ7BX4TPN2KWE");
        assertThat(found("# SLACK=xoxb-2837465019-9182736450-aB3dE5fG7hJ9kL1mN3pQ5rS7")).hasSize(1);
        assertThat(found("//registry.npmjs.org/:_authToken=npm_Xw4Tk9Lm2Qp7Rz5Vb8Nc3Hd6Jf1Gs0Ya2Ek7")).hasSize(1);
    }

    @Test
    void placeholdersReferencesAndWhatIsAboutASecretAreNotSecrets() {
        for (String line : new String[] {"DB_PASSWORD=${DB_PASSWORD}", "DB_PASSWORD=", "API_TOKEN=changeme", "password: CHANGE_ME",
                "ADMIN_PASSWORD=<password>", "SESSION_SECRET=xxx", "JWT_SECRET_FILE=/run/secrets/jwt", "TOKEN_TTL=3600",
                "password: 12345678", "security.password.min-length=12", "app.api-key.header=X-Api-Key",
                "secret: !vault |", "password: ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)", "token = %(API_TOKEN)s",
                "token_endpoint: https://auth.internal/oauth/token", "secret_name: billing/oauth", "password: null",
                "password_hint: the name of your first pet", "# password=Kd8Wq3Zx7Vm", "; password = Zt4Kq9Wm2Xv",
                "READ_URL=postgres://billing@replica.internal/billing", "pwd: ~/work", "password: tiger-example-1"}) {
            assertThat(found(line)).as(line).isEmpty();
        }
    }

    @Test
    void lockFileHashesAreNotSecrets() {
        for (String line : new String[] {"  integrity sha512-9f8e7d6c5b4a3928171605f4e3d2c1b0a9f8e7d6c5b4a39281716==",
                "github.com/x/y v1.2.3 h1:Zq3vT8mN1pL6xR4kW9sB2yH7cJ5fD0gA3eU8iO1t=",
                "    resolution: {integrity: sha512-Lp3Xr7Vn2Wq9Tz5Kb8Mc4Hj6Df1Gs0Ya2Ek7Xw4Tk9Lm2Qp7Rz5Vb8Nc3Hd6Jf==}",
                "checksum = \"9f8e7d6c5b4a3928171605f4e3d2c1b0a9f8e7d6c5b4a39281716f4e3d2c1b0\""}) {
            assertThat(found(line)).as(line).isEmpty();
        }
    }

    @Test
    void masksUnquotedSecretsInEvidence() {
        assertThat(SecretMask.maskLine("AWS_SECRET_ACCESS_KEY=Zq3vT8mN1pL6xR4kW9sB2yH7cJ5fD0gA3eU8iO1t"))
                .isEqualTo("AWS_SECRET_ACCESS_KEY=Zq3v****");
        assertThat(SecretMask.maskLine("  password: hunter2xyz9")).isEqualTo("  password: hu****");
    }
}
