package dev.debtos.infra;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.constructs.Construct;

/**
 * PostgreSQL (behind RDS Proxy), Redis and the application's generated secrets, in the network stack's isolated
 * subnets. Kept apart from the function stacks so that redeploying code never touches data, and so deletion
 * protection is decided per environment here.
 *
 * <p>What other stacks read: {@link #databaseSecretArn()}, {@link #proxyEndpoint()}, {@link #redisEndpoint()} and
 * {@link #redisPort()}: secret ARNs and host names, never a resolved password.
 */
public final class DataStack extends Stack {

    private final PostgresDatabase database;
    private final RedisCache redis;
    private final ApplicationSecrets secrets;

    public DataStack(Construct scope, String id, StackProps props, EnvironmentConfig env, NetworkStack network) {
        super(scope, id, props);
        this.database = new PostgresDatabase(this, "Postgres", PostgresDatabaseProps.builder()
                .proxyName(env.prefix() + "-proxy")
                .namePrefix(env.prefix())
                .adminSecurityGroup(network.adminSecurityGroup())
                .adminSubnets(network.appSubnets())
                .vpc(network.vpc())
                .subnets(network.dataSubnets())
                .proxySecurityGroup(network.proxySecurityGroup())
                .instanceType(env.databaseInstanceType())
                .multiAz(env.multiAz())
                .deletionProtection(env.deletionProtection())
                .retainData(env.retainData())
                .backupRetentionDays(env.backupRetentionDays())
                .maxConnections(env.maxConnections())
                .build());
        this.redis = new RedisCache(this, "Redis", RedisCacheProps.builder()
                .cacheName(env.prefix())
                .subnetIds(network.vpc().selectSubnets(network.dataSubnets()).getSubnetIds())
                .securityGroup(network.redisSecurityGroup())
                .build());
        this.secrets = new ApplicationSecrets(this, "Secrets", env.prefix(), env.retainData());

        output("DatabaseSecretArn", databaseSecretArn(), "Secrets Manager ARN of the PostgreSQL master credentials (rotated)");
        output("DatabaseProxyEndpoint", proxyEndpoint(), "RDS Proxy endpoint (IAM auth, TLS)");
        output("RedisEndpoint", redisEndpoint(), "ElastiCache Serverless endpoint (TLS)");
        output("RedisPort", redisPort(), "ElastiCache Serverless port");
    }

    private void output(String id, String value, String description) {
        CfnOutput.Builder.create(this, id).value(value).description(description).build();
    }

    /** ARN of the master credentials: only the schema migration function reads them. */
    public String databaseSecretArn() {
        return database.secret().getSecretArn();
    }

    /** Host the functions connect to (port 5432, database {@value PostgresDatabase#DATABASE_NAME}). */
    public String proxyEndpoint() {
        return database.proxy().getEndpoint();
    }

    public String redisEndpoint() {
        return redis.endpointAddress();
    }

    public String redisPort() {
        return redis.endpointPort();
    }

    /** The cache, for the alarms on its caps. */
    public RedisCache redis() {
        return redis;
    }

    /** JWT signing key and data encryption key, passed to functions by ARN ({@code NAME_SECRET_ARN}). */
    public ApplicationSecrets secrets() {
        return secrets;
    }

    /** Instance identifier, the dimension of the RDS metrics the monitoring stack alarms on. */
    public String databaseInstanceId() {
        return database.instance().getInstanceIdentifier();
    }

    /** For grants: {@code database().proxy().grantConnect(role, PostgresDatabase.USERNAME)}, secret read access. */
    public PostgresDatabase database() {
        return database;
    }
}
