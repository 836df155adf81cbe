package dev.debtos.platform.db;

import dev.debtos.platform.config.ConfigException;
import dev.debtos.platform.config.DatabaseSettings;
import dev.debtos.platform.config.Secret;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectionPropertiesTest {
    private static final String PLAIN_URL = "jdbc:postgresql://127.0.0.1:5432/debt_os";
    private static final String WRAPPER_URL = "jdbc:aws-wrapper:postgresql://proxy.example:5432/debt_os";

    private static DatabaseSettings settings(String url, String password, boolean ssl, boolean iam) {
        return new DatabaseSettings(url, "debt_os", Secret.of(password), ssl, iam);
    }

    @Test
    void plainUrlGetsCredentialsNameTimeoutsAndNoWrapperPlugins() {
        Properties properties = ConnectionProperties.of(settings(PLAIN_URL, "s3cret-pw", false, false), Map.of());

        assertThat(properties.getProperty("user")).isEqualTo("debt_os");
        assertThat(properties.getProperty("password")).isEqualTo("s3cret-pw");
        assertThat(properties.getProperty("ApplicationName")).isEqualTo("debt-os");
        assertThat(properties.getProperty("connectTimeout")).isEqualTo("5");
        assertThat(properties.getProperty("socketTimeout")).isEqualTo("60");
        assertThat(properties.getProperty("sslmode")).isEqualTo("disable");
        assertThat(properties).doesNotContainKey("wrapperPlugins");
    }

    @Test
    void applicationNameTravelsInTheStartupPacketSoNoSetPinsTheProxy() {
        Properties properties = ConnectionProperties.of(settings(PLAIN_URL, "pw", false, false), Map.of());

        assertThat(Integer.parseInt(properties.getProperty("assumeMinServerVersion"))).isGreaterThanOrEqualTo(9);
        assertThat(properties).doesNotContainKey("prepareThreshold");
    }

    @Test
    void emptyPasswordIsNotSent() {
        Properties properties = ConnectionProperties.of(settings(PLAIN_URL, "", false, false), Map.of());

        assertThat(properties).doesNotContainKey("password");
    }

    @Test
    void sslVerifiesTheServerAgainstTheJdkTrustStore() {
        Properties properties = ConnectionProperties.of(settings(PLAIN_URL, "pw", true, false), Map.of());

        assertThat(properties.getProperty("sslmode")).isEqualTo("verify-full");
        assertThat(properties.getProperty("sslfactory")).isEqualTo("org.postgresql.ssl.DefaultJavaSSLFactory");
    }

    @Test
    void wrapperUrlRunsWithoutPluginsByDefault() {
        Properties properties = ConnectionProperties.of(settings(WRAPPER_URL, "pw", false, false), Map.of("AWS_REGION", "eu-west-1"));

        assertThat(properties.getProperty("wrapperPlugins")).isEmpty();
        assertThat(properties).doesNotContainKey("iamRegion");
    }

    @Test
    void iamAuthUsesTheIamPluginAndTheLambdaRegion() {
        Properties properties = ConnectionProperties.of(settings(WRAPPER_URL, "", true, true), Map.of("AWS_REGION", "eu-west-1"));

        assertThat(properties.getProperty("wrapperPlugins")).isEqualTo("iam");
        assertThat(properties.getProperty("iamRegion")).isEqualTo("eu-west-1");
        assertThat(properties).doesNotContainKey("password");
    }

    @Test
    void iamAuthWithoutRegionLeavesRegionToThePlugin() {
        Properties properties = ConnectionProperties.of(settings(WRAPPER_URL, "", true, true), Map.of());

        assertThat(properties.getProperty("wrapperPlugins")).isEqualTo("iam");
        assertThat(properties).doesNotContainKey("iamRegion");
    }

    @Test
    void iamAuthNeedsTheWrapperUrl() {
        assertThatThrownBy(() -> ConnectionProperties.of(settings(PLAIN_URL, "", true, true), Map.of()))
                .isInstanceOf(ConfigException.class)
                .extracting(e -> ((ConfigException) e).variable()).isEqualTo("DB_IAM_AUTH");
    }

    @Test
    void iamAuthNeedsTls() {
        assertThatThrownBy(() -> ConnectionProperties.of(settings(WRAPPER_URL, "", false, true), Map.of()))
                .isInstanceOf(ConfigException.class)
                .extracting(e -> ((ConfigException) e).variable()).isEqualTo("DB_SSL");
    }

    @Test
    void otherDatabasesAreRejected() {
        assertThatThrownBy(() -> ConnectionProperties.of(settings("jdbc:mysql://localhost/x", "pw", false, false), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:postgresql:");
    }
}
