package dev.debtos.infra;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.rds.Credentials;
import software.amazon.awscdk.services.rds.DatabaseInstance;
import software.amazon.awscdk.services.rds.DatabaseInstanceEngine;
import software.amazon.awscdk.services.rds.DatabaseProxy;
import software.amazon.awscdk.services.rds.DatabaseSecret;
import software.amazon.awscdk.services.rds.DefaultAuthScheme;
import software.amazon.awscdk.services.rds.IInstanceEngine;
import software.amazon.awscdk.services.rds.ParameterGroup;
import software.amazon.awscdk.services.rds.PostgresEngineVersion;
import software.amazon.awscdk.services.rds.PostgresInstanceEngineProps;
import software.amazon.awscdk.services.rds.ProxyTarget;
import software.amazon.awscdk.services.rds.StorageType;
import software.amazon.awscdk.services.secretsmanager.HostedRotation;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.secretsmanager.RotationScheduleOptions;
import software.amazon.awscdk.services.secretsmanager.SingleUserHostedRotationOptions;
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
 * <p>Two logins. The master ({@value #MASTER_USERNAME}) has generated credentials in Secrets Manager, rotated every
 * {@value #ROTATION_DAYS} days; only the schema migration function and the rotation function use it, straight to
 * the instance. The application login ({@value #USERNAME}) has no password at all: the migration function creates
 * it with {@code rds_iam}, and functions reach it through the proxy with IAM end to end (function → proxy with their
 * own IAM token, proxy → database with the proxy role's IAM token), so no application password exists anywhere.
 */
public final class PostgresDatabase extends Construct {

    public static final String DATABASE_NAME = "debt_os";
    public static final String USERNAME = "debt_os";
    public static final String MASTER_USERNAME = "debt_os_admin";
    public static final int ROTATION_DAYS = 30;

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
                .description("DEBT-OS PostgreSQL instance: reachable from RDS Proxy and the admin functions only")
                .allowAllOutbound(false)
                .build();
        instanceGroup.addIngressRule(props.adminSecurityGroup(), Port.tcp(NetworkStack.POSTGRES_PORT),
                "PostgreSQL from the schema migration and rotation functions");
        // RDS exports into this group; created first (and the instance named) so it never exists without expiry.
        String identifier = props.namePrefix() + "-postgres";
        var exportedLogs = LogPolicy.logGroup(this, "PostgresLogs", "/aws/rds/instance/" + identifier + "/postgresql");
        // Created here (not by the instance) so that it follows the environment's retention like every other secret.
        DatabaseSecret masterSecret = DatabaseSecret.Builder.create(this, "MasterSecret")
                .username(MASTER_USERNAME)
                .secretName(props.namePrefix() + "/postgres-master")
                .build();
        masterSecret.applyRemovalPolicy(props.retainData() ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY);
        this.instance = DatabaseInstance.Builder.create(this, "Instance")
                .instanceIdentifier(identifier)
                .engine(engine)
                .instanceType(new InstanceType(props.instanceType()))
                .vpc(props.vpc())
                .vpcSubnets(props.subnets())
                .securityGroups(List.of(instanceGroup))
                .port(NetworkStack.POSTGRES_PORT)
                .credentials(Credentials.fromSecret(masterSecret))
                .iamAuthentication(true)
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
                // Point-in-time restore to any second inside the retention window (the guide's 1-hour RPO for
                // corruption), daily snapshots kept as long (the guide's 7 daily + 4 weekly, about 30 days).
                .backupRetention(Duration.days(props.backupRetentionDays()))
                .preferredBackupWindow("02:00-02:30")
                .copyTagsToSnapshot(true)
                .cloudwatchLogsExports(List.of("postgresql"))
                .autoMinorVersionUpgrade(true)
                .build();

        instance.getNode().addDependency(exportedLogs);
        Nag.acknowledge(instance, "RDS11", "The default port: the instance admits only the proxy's and the admin"
                + " functions' security groups, and a non-default port adds nothing to that");
        if (!props.multiAz()) {
            Nag.acknowledge(instance, "RDS3", "Single-AZ by decision in this environment (dev): disposable, a fraction of the cost");
        }
        if (!props.deletionProtection()) {
            Nag.acknowledge(instance, "RDS10", "Deletion protection off by decision in this environment (dev): deleted with the stack");
        }
        // Master secret: retained with the data it opens (above), rotated by Secrets Manager's hosted function.
        String rotationFunction = props.namePrefix() + "-rotate-master";
        var rotationLogs = LogPolicy.functionLogs(this, "RotationLogs", rotationFunction);
        instance.getSecret().addRotationSchedule("Rotation", RotationScheduleOptions.builder()
                .automaticallyAfter(Duration.days(ROTATION_DAYS))
                .hostedRotation(HostedRotation.postgreSqlSingleUser(SingleUserHostedRotationOptions.builder()
                        .functionName(rotationFunction)
                        .vpc(props.vpc())
                        .vpcSubnets(props.adminSubnets())
                        .securityGroups(List.of(props.adminSecurityGroup()))
                        .build()))
                .build()).getNode().addDependency(rotationLogs);

        Role proxyRole = Role.Builder.create(this, "ProxyRole")
                .assumedBy(new ServicePrincipal("rds.amazonaws.com"))
                .description("RDS Proxy " + props.proxyName() + ": signs in to PostgreSQL as " + USERNAME + " with IAM")
                .build();
        instance.grantConnect(proxyRole, USERNAME);
        this.proxy = DatabaseProxy.Builder.create(this, "Proxy")
                .dbProxyName(props.proxyName())
                .proxyTarget(ProxyTarget.fromInstance(instance))
                // IAM end to end: the proxy signs in to the database as the client's user with its own role.
                .defaultAuthScheme(DefaultAuthScheme.IAM_AUTH)
                .role(proxyRole)
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
