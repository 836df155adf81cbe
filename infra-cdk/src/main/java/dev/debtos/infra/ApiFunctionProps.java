package dev.debtos.infra;

import java.util.Map;
import java.util.Objects;

import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.lambda.Code;

/**
 * Settings of one {@link ApiFunctionConstruct}: the route it serves, the code and where it runs. Validated when
 * built, so a bad value fails the synth with its name rather than a CloudFormation rollback.
 */
public final class ApiFunctionProps {

    /** 1024 MB: Lambda's CPU share grows with memory; below this Spring's init and the first request slow visibly. */
    public static final int DEFAULT_MEMORY_MB = 1024;
    /**
     * 2048 MB for the routes of the search package: the ONNX runtime and the model take about 300 MB beside Spring, and
     * embedding a query is CPU work that a larger share of a vCPU shortens.
     */
    public static final int SEARCH_MEMORY_MB = 2048;
    /** Well under API Gateway's 29 s integration limit: a route slower than this is broken, not busy. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 10;
    private static final int API_GATEWAY_LIMIT_SECONDS = 29;

    private final ApiRoute route;
    private final String functionName;
    private final Code code;
    private final IRole role;
    private final IVpc vpc;
    private final SubnetSelection subnets;
    private final ISecurityGroup securityGroup;
    private final Map<String, String> environment;
    private final int memoryMb;
    private final int timeoutSeconds;

    private ApiFunctionProps(Builder b) {
        this.route = Objects.requireNonNull(b.route, "route");
        this.functionName = Objects.requireNonNull(b.functionName, "functionName");
        this.environment = Map.copyOf(Objects.requireNonNull(b.environment, "environment"));
        if (!functionName.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("functionName must be 1-64 letters, digits, '-' or '_': " + functionName);
        }
        if (b.memoryMb < 512 || b.memoryMb > 10240) {
            throw new IllegalArgumentException("memoryMb must be 512-10240 (a Spring function needs 512 MB): " + b.memoryMb);
        }
        if (b.timeoutSeconds < 1 || b.timeoutSeconds > API_GATEWAY_LIMIT_SECONDS) {
            throw new IllegalArgumentException("timeoutSeconds must be 1-29 (API Gateway's integration limit): " + b.timeoutSeconds);
        }
        for (String reserved : new String[] {ApiFunctionConstruct.MAIN_CLASS_VARIABLE, ApiFunctionConstruct.DEFINITION_VARIABLE}) {
            if (environment.containsKey(reserved)) {
                throw new IllegalArgumentException("environment must not set " + reserved + ": the construct derives it from the route");
            }
        }
        this.memoryMb = b.memoryMb;
        this.timeoutSeconds = b.timeoutSeconds;
        this.code = Objects.requireNonNull(b.code, "code");
        this.role = Objects.requireNonNull(b.role, "role");
        this.vpc = Objects.requireNonNull(b.vpc, "vpc");
        this.subnets = Objects.requireNonNull(b.subnets, "subnets");
        this.securityGroup = Objects.requireNonNull(b.securityGroup, "securityGroup");
    }

    public static Builder builder() {
        return new Builder();
    }

    public ApiRoute route() { return route; }
    public String functionName() { return functionName; }
    public Code code() { return code; }
    public IRole role() { return role; }
    public IVpc vpc() { return vpc; }
    public SubnetSelection subnets() { return subnets; }
    public ISecurityGroup securityGroup() { return securityGroup; }
    public Map<String, String> environment() { return environment; }
    public int memoryMb() { return memoryMb; }
    public int timeoutSeconds() { return timeoutSeconds; }

    public static final class Builder {
        private ApiRoute route;
        private String functionName;
        private Code code;
        private IRole role;
        private IVpc vpc;
        private SubnetSelection subnets;
        private ISecurityGroup securityGroup;
        private Map<String, String> environment = Map.of();
        private int memoryMb = DEFAULT_MEMORY_MB;
        private int timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;

        private Builder() {
        }

        public Builder route(ApiRoute route) { this.route = route; return this; }
        /** Physical name, e.g. {@code debt-os-dev-api-getHealth}. */
        public Builder functionName(String name) { this.functionName = name; return this; }
        /** The API module's shaded jar (or the placeholder, see {@link FunctionAssets}). */
        public Builder code(Code code) { this.code = code; return this; }
        /** Shared by the API functions: one role keeps the stack far from CloudFormation's 500-resource limit. */
        public Builder role(IRole role) { this.role = role; return this; }
        public Builder vpc(IVpc vpc) { this.vpc = vpc; return this; }
        public Builder subnets(SubnetSelection subnets) { this.subnets = subnets; return this; }
        public Builder securityGroup(ISecurityGroup group) { this.securityGroup = group; return this; }
        public Builder environment(Map<String, String> environment) { this.environment = environment; return this; }
        public Builder memoryMb(int memoryMb) { this.memoryMb = memoryMb; return this; }
        public Builder timeoutSeconds(int seconds) { this.timeoutSeconds = seconds; return this; }

        public ApiFunctionProps build() {
            return new ApiFunctionProps(this);
        }
    }
}
