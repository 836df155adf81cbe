package dev.debtos.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.platform.config.AppConfig;
import dev.debtos.platform.config.SecretSource;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactorTest {
    @Test
    void aRegisteredSecretIsMaskedWhereverItAppears() {
        Redactor.register("S3cr3t-Value-9917");
        assertThat(Redactor.mask("connecting with S3cr3t-Value-9917 now")).isEqualTo("connecting with **** now");
    }

    @Test
    void aPasswordEqualToTheDatabaseRoleIsMaskedOnlyAsACredentialNotAsAWord() {
        AppConfig.load(Map.of("DATABASE_URL", "postgresql://debt_os:debt_os@127.0.0.1:5432/debt_os"), SecretSource.NONE);
        assertThat(Redactor.mask("migrated database debt_os: table debt_os.scans")).isEqualTo("migrated database debt_os: table debt_os.scans");
        assertThat(Redactor.mask("postgresql://debt_os:debt_os@db.internal:5432/debt_os"))
                .isEqualTo("postgresql://debt_os:****@db.internal:5432/debt_os");
        assertThat(Redactor.mask("jdbc:postgresql://db/x?user=debt_os&password=debt_os")).endsWith("password=****");
    }

    @Test
    void aValueShorterThanTheMinimumIsNotMaskedAsAWord() {
        Redactor.register("redis");
        Redactor.register("ab12x");
        assertThat(Redactor.mask("redis is up; ab12x")).isEqualTo("redis is up; ab12x");
        assertThat(Redactor.mask("redis://default:ab12x@cache:6379")).isEqualTo("redis://default:****@cache:6379");
    }
}
