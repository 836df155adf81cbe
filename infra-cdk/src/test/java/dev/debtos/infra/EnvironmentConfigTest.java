package dev.debtos.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EnvironmentConfigTest {

    @Test
    void namesSelectTheEnvironment() {
        assertThat(EnvironmentConfig.forName(" PROD ")).isEqualTo(EnvironmentConfig.prod());
        assertThat(EnvironmentConfig.forName("dev").prefix()).isEqualTo("debt-os-dev");
    }

    @Test
    void prodKeepsItsDataAndDevDoesNot() {
        EnvironmentConfig prod = EnvironmentConfig.prod();
        EnvironmentConfig dev = EnvironmentConfig.dev();
        assertThat(prod.deletionProtection()).isTrue();
        assertThat(prod.retainData()).isTrue();
        assertThat(prod.backupRetentionDays()).as("guide: keep 7 daily and 4 weekly backups").isEqualTo(30);
        assertThat(dev.deletionProtection()).isFalse();
        assertThat(dev.maxConnections()).as("guide postgresql.conf").isEqualTo(100);
    }

    @Test
    void unknownEnvironmentsFail() {
        assertThatThrownBy(() -> EnvironmentConfig.forName("staging"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-c env=dev");
        assertThatThrownBy(() -> EnvironmentConfig.forName(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void alarmEmailIsOptionalButMustBeAnAddress() {
        assertThat(EnvironmentConfig.dev().withAlarmEmail(" ").alarmEmail()).isEmpty();
        assertThat(EnvironmentConfig.dev().withAlarmEmail("ops@example.com").alarmEmail()).contains("ops@example.com");
        assertThatThrownBy(() -> EnvironmentConfig.dev().withAlarmEmail("ops")).isInstanceOf(IllegalArgumentException.class);
    }
}
