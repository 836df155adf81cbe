package dev.debtos.infra;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.rds.Credentials;
import software.amazon.awscdk.services.rds.DatabaseInstance;
import software.amazon.awscdk.services.rds.DatabaseInstanceEngine;
import software.amazon.awscdk.services.rds.DatabaseProxy;
import software.amazon.awscdk.services.rds.IInstanceEngine;
import software.amazon.awscdk.services.rds.ParameterGroup;
import software.amazon.awscdk.services.rds.PostgresEngineVersion;
import software.amazon.awscdk.services.rds.PostgresInstanceEngineProps;
import software.amazon.awscdk.services.rds.ProxyTarget;
import software.amazon.awscdk.services.rds.StorageType;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.constructs.Construct;

/**
 * PostgreSQL 16 (pgvector is available on RDS for it) behind an RDS Proxy that requires IAM authentication and TLS.
 *
 * <p>Why a {@code DatabaseInstance} and not Aurora Serverless v2: the guide's alarm is "database connections above
 * 80% of max", and an instance takes {@code max_connections} from our parameter group, so the limit and the alarm
 * threshold come from the same number; Aurora Serverless v2 derives the limit from its capacity range. A t4g.micro
 * instance also costs a fraction of Serverless v2's 0.5-ACU floor, and scaling to zero ACU adds a resume delay to
 * the first request that the 2 s p95 target cannot absorb. The RDS Proxy absorbs Lambda's connection bursts either
 * way, and a snapshot restores into Aurora when load asks for it.
 *
 * <p>The generated master credentials live only in Secrets Manager: functions get the secret's ARN (and, through
 * {@link #proxy()}, {@code rds-db:connect}), never a password in an environment variable.
 */
public final class PostgresDatabase extends Construct {

    public static final String DATABASE_NAME = "debt_os";
    public static final String USERNAME = "debt_os";

    private final DatabaseInstance instance;
    private final DatabaseProxy proxy;

    public PostgresDatabase(Construct scope, String id, PostgresDatabaseProps props) {
        super(scope, id);
        IInstanceEngine engine = DatabaseInstanceEngine.postgres(
                PostgresInstanceEngineProps.builder().version(PostgresEngineVersion.VER_16).build());
        ParameterGroup parameters = ParameterGroup.Builder.create(this, "Parameters")
                .engine(engine)
                .description("DEBT-OS PostgreSQL settings (operations guide, PostgreSQL performance tuning)")
                .parameters(new TreeMap<>(Map.of(
                        "max_connections", Integer.toString(props.maxConnections()),
                        "rds.force_ssl", "1")))
                .build();

        // Admits only the proxy: the proxy target below adds that rule (and the proxy group's egress to it).
        SecurityGroup instanceGroup = SecurityGroup.Builder.create(this, "InstanceSecurityGroup")
                .vpc(props.vpc())
                .description("DEBT-OS PostgreSQL instance: reachable from RDS Proxy only")
                .allowAllOutbound(false)
                .build();
        this.instance = DatabaseInstance.Builder.create(this, "Instance")
                .engine(engine)
                .instanceType(new InstanceType(props.instanceType()))
                .vpc(props.vpc())
                .vpcSubnets(props.subnets())
                .securityGroups(List.of(instanceGroup))
                .port(NetworkStack.POSTGRES_PORT)
                .credentials(Credentials.fromGeneratedSecret(USERNAME))
                .databaseName(DATABASE_NAME)
                .parameterGroup(parameters)
                .storageType(StorageType.GP3)
                .allocatedStorage(20)
                .maxAllocatedStorage(100)
                .storageEncrypted(true)
                .publiclyAccessible(false)
                .multiAz(props.multiAz())
                .deletionProtection(props.deletionProtection())
                .removalPolicy(props.retainData() ? RemovalPolicy.SNAPSHOT : RemovalPolicy.DESTROY)
                .deleteAutomatedBackups(!props.retainData())
                .backupRetention(Duration.days(props.backupRetentionDays()))
                .cloudwatchLogsExports(List.of("postgresql"))
                .autoMinorVersionUpgrade(true)
                .build();

        this.proxy = DatabaseProxy.Builder.create(this, "Proxy")
                .dbProxyName(props.proxyName())
                .proxyTarget(ProxyTarget.fromInstance(instance))
                .secrets(List.of(instance.getSecret()))
                .vpc(props.vpc())
                .vpcSubnets(props.subnets())
                .securityGroups(List.of(props.proxySecurityGroup()))
                .iamAuth(true)
                .requireTls(true)
                // Leave a tenth of max_connections for migrations and an operator's psql session.
                .maxConnectionsPercent(90)
                .borrowTimeout(Duration.seconds(30))
                .build();
    }

    public DatabaseInstance instance() {
        return instance;
    }

    /** Grant functions {@code proxy.grantConnect(role, USERNAME)}; they sign an IAM token per connection. */
    public DatabaseProxy proxy() {
        return proxy;
    }

    public ISecret secret() {
        return instance.getSecret();
    }
}
