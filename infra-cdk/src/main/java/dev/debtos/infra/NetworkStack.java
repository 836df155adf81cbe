package dev.debtos.infra;

import java.util.List;
import java.util.Map;

import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ec2.FlowLogDestination;
import software.amazon.awscdk.services.ec2.FlowLogOptions;
import software.amazon.awscdk.services.ec2.FlowLogTrafficType;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.IpAddresses;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.constructs.Construct;

/**
 * The VPC over two AZs and the security groups that callers and callees share. Three subnet tiers:
 * <ul>
 *   <li>{@code public}: only the NAT gateways live here;</li>
 *   <li>{@code app} (private with egress): Lambda functions, which call GitHub/GitLab, LLM providers and AWS APIs;</li>
 *   <li>{@code data} (private isolated, no route out): PostgreSQL, RDS Proxy, Redis.</li>
 * </ul>
 * Traffic flows one way only: Lambda → proxy → database, Lambda → Redis. The proxy and Redis groups have no
 * outbound rules beyond what that chain needs. The PostgreSQL instance's own group belongs to {@link DataStack}:
 * CDK wires the proxy to it with the instance's port attribute, which must not point back into this stack.
 */
public final class NetworkStack extends Stack {

    public static final int POSTGRES_PORT = 5432;
    public static final int REDIS_PORT = 6379;

    private final Vpc vpc;
    private final SecurityGroup lambdaSecurityGroup;
    private final SecurityGroup proxySecurityGroup;
    private final SecurityGroup redisSecurityGroup;
    private final SecurityGroup adminSecurityGroup;

    public NetworkStack(Construct scope, String id, StackProps props, EnvironmentConfig env) {
        super(scope, id, props);
        this.vpc = Vpc.Builder.create(this, "Vpc")
                .ipAddresses(IpAddresses.cidr("10.40.0.0/16"))
                .maxAzs(2)
                .natGateways(env.natGateways())
                .subnetConfiguration(List.of(
                        subnet("public", SubnetType.PUBLIC, 24),
                        subnet("app", SubnetType.PRIVATE_WITH_EGRESS, 20),
                        subnet("data", SubnetType.PRIVATE_ISOLATED, 24)))
                // Rejected connections only: what a security review asks of flow logs, at a fraction of the
                // volume (and cost) of logging every accepted packet of every clone.
                .flowLogs(Map.of("Rejected", FlowLogOptions.builder()
                        .trafficType(FlowLogTrafficType.REJECT)
                        .destination(FlowLogDestination.toCloudWatchLogs(
                                LogPolicy.logGroup(this, "FlowLogs", "/debt-os/" + env.name() + "/vpc-flow-logs")))
                        .build()))
                // Gateway endpoints cost nothing, so S3 traffic never pays NAT processing. Interface endpoints
                // (SQS, Secrets Manager) would cost more than the NAT traffic they save: see the README.
                .gatewayEndpoints(Map.of("S3", GatewayVpcEndpointOptions.builder()
                        .service(GatewayVpcEndpointAwsService.S3).build()))
                .build();

        // Lambda keeps all outbound traffic: GitHub, GitLab, LLM providers and AWS APIs are outside the VPC.
        this.lambdaSecurityGroup = group("LambdaSecurityGroup", "DEBT-OS Lambda functions", true);
        this.proxySecurityGroup = group("ProxySecurityGroup", "DEBT-OS RDS Proxy", false);
        this.redisSecurityGroup = group("RedisSecurityGroup", "DEBT-OS Redis (ElastiCache Serverless)", false);
        // Functions that sign in as the database master (schema migration, master secret rotation): the only
        // direct way to the instance besides the proxy. Outbound: the instance and Secrets Manager (through NAT).
        this.adminSecurityGroup = group("AdminSecurityGroup", "DEBT-OS database administration functions", true);

        proxySecurityGroup.addIngressRule(lambdaSecurityGroup, Port.tcp(POSTGRES_PORT), "PostgreSQL from Lambda");
        // DataStack adds the proxy's rule toward the instance's own group, as a separate resource; EC2 drops a
        // group's default allow-all egress only for rules written inline, so the proxy's reach is stated here too:
        // PostgreSQL, into the data subnets, nothing else.
        vpc.getIsolatedSubnets().forEach(subnet -> proxySecurityGroup.addEgressRule(
                Peer.ipv4(subnet.getIpv4CidrBlock()), Port.tcp(POSTGRES_PORT), "PostgreSQL into the data subnets"));
        redisSecurityGroup.addIngressRule(lambdaSecurityGroup, Port.tcp(REDIS_PORT), "Redis (TLS) from Lambda");
        // ElastiCache Serverless also serves reads on port+1 (6380); allowing it keeps READONLY clients working.
        redisSecurityGroup.addIngressRule(lambdaSecurityGroup, Port.tcp(REDIS_PORT + 1), "Redis reader endpoint from Lambda");
    }

    private static SubnetConfiguration subnet(String name, SubnetType type, int cidrMask) {
        return SubnetConfiguration.builder().name(name).subnetType(type).cidrMask(cidrMask).build();
    }

    private SecurityGroup group(String id, String description, boolean allowAllOutbound) {
        return SecurityGroup.Builder.create(this, id)
                .vpc(vpc)
                .description(description)
                .allowAllOutbound(allowAllOutbound)
                .build();
    }

    public Vpc vpc() {
        return vpc;
    }

    /** Subnets for Lambda functions (ApiStack, WorkerStack). */
    public SubnetSelection appSubnets() {
        return SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build();
    }

    /** Subnets for the database, proxy and cache: no route to the internet. */
    public SubnetSelection dataSubnets() {
        return SubnetSelection.builder().subnetType(SubnetType.PRIVATE_ISOLATED).build();
    }

    /** Attach to every DEBT-OS Lambda function: it is what the proxy and Redis groups admit. */
    public SecurityGroup lambdaSecurityGroup() {
        return lambdaSecurityGroup;
    }

    public SecurityGroup proxySecurityGroup() {
        return proxySecurityGroup;
    }

    public SecurityGroup redisSecurityGroup() {
        return redisSecurityGroup;
    }

    /** The schema migration and master-secret rotation functions: the instance admits it beside the proxy. */
    public SecurityGroup adminSecurityGroup() {
        return adminSecurityGroup;
    }
}
