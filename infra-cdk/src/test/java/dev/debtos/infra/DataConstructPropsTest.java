package dev.debtos.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;

/** The data constructs' props reject what RDS or ElastiCache would reject only at deploy time. No synthesis. */
class DataConstructPropsTest {

    private static Vpc vpc;
    private static SecurityGroup group;

    @BeforeAll
    static void network() {
        Stack stack = new Stack(new App(), "Props");
        vpc = new Vpc(stack, "Vpc");
        group = SecurityGroup.Builder.create(stack, "Group").vpc(vpc).build();
    }

    private static PostgresDatabaseProps.Builder database() {
        return PostgresDatabaseProps.builder().proxyName("debt-os-test-proxy").vpc(vpc)
                .subnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_ISOLATED).build())
                .proxySecurityGroup(group)
                .namePrefix("debt-os-test")
                .adminSecurityGroup(group)
                .adminSubnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build());
    }

    private static RedisCacheProps.Builder cache() {
        return RedisCacheProps.builder().cacheName("debt-os-test").subnetIds(List.of("subnet-a", "subnet-b"))
                .securityGroup(group);
    }

    @Test
    void databaseDefaultsAreSafe() {
        PostgresDatabaseProps props = database().build();

        assertThat(props.deletionProtection()).isTrue();
        assertThat(props.retainData()).isTrue();
        assertThat(props.maxConnections()).isEqualTo(100);
        assertThat(props.backupRetentionDays()).isEqualTo(7);
    }

    @Test
    void databaseRejectsWhatRdsWould() {
        assertThatThrownBy(() -> database().instanceType("db.t4g.micro").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no 'db.' prefix");
        assertThatThrownBy(() -> database().backupRetentionDays(36).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> database().maxConnections(5).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> database().proxyName("debt-os-").build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> database().proxySecurityGroup(null).build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("proxySecurityGroup");
    }

    @Test
    void cacheDefaultsToCappedValkey() {
        RedisCacheProps props = cache().build();

        assertThat(props.engine()).isEqualTo("valkey");
        assertThat(props.maxDataStorageGb()).isEqualTo(1);
    }

    @Test
    void cacheRejectsWhatElastiCacheWould() {
        assertThatThrownBy(() -> cache().subnetIds(List.of("subnet-a")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 AZs");
        assertThatThrownBy(() -> cache().engine("memcached").build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cache().cacheName("Debt_OS").build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cache().maxDataStorageGb(0).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cache().maxEcpuPerSecond(10).build()).isInstanceOf(IllegalArgumentException.class);
    }
}
