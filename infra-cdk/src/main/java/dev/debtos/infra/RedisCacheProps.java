package dev.debtos.infra;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import software.amazon.awscdk.services.ec2.ISecurityGroup;

/** Settings of a {@link RedisCache}; {@link Builder#build()} rejects incomplete or impossible values. */
public final class RedisCacheProps {

    private static final Set<String> ENGINES = Set.of("valkey", "redis");

    private final String cacheName;
    private final List<String> subnetIds;
    private final ISecurityGroup securityGroup;
    private final String engine;
    private final String majorEngineVersion;
    private final int maxDataStorageGb;
    private final int maxEcpuPerSecond;

    private RedisCacheProps(Builder b) {
        this.cacheName = Objects.requireNonNull(b.cacheName, "cacheName");
        this.subnetIds = List.copyOf(Objects.requireNonNull(b.subnetIds, "subnetIds"));
        this.securityGroup = Objects.requireNonNull(b.securityGroup, "securityGroup");
        this.engine = Objects.requireNonNull(b.engine, "engine");
        this.majorEngineVersion = Objects.requireNonNull(b.majorEngineVersion, "majorEngineVersion");
        if (!cacheName.matches("[a-z][a-z0-9-]{0,39}") || cacheName.endsWith("-") || cacheName.contains("--")) {
            throw new IllegalArgumentException("cacheName must be 1-40 lower-case letters, digits and single '-': " + cacheName);
        }
        if (subnetIds.size() < 2) {
            throw new IllegalArgumentException("a serverless cache needs subnets in at least 2 AZs, got " + subnetIds.size());
        }
        if (!ENGINES.contains(engine)) {
            throw new IllegalArgumentException("engine must be valkey or redis: " + engine);
        }
        if (b.maxDataStorageGb < 1 || b.maxDataStorageGb > 5000) {
            throw new IllegalArgumentException("maxDataStorageGb must be 1-5000: " + b.maxDataStorageGb);
        }
        if (b.maxEcpuPerSecond < 1000 || b.maxEcpuPerSecond > 15_000_000) {
            throw new IllegalArgumentException("maxEcpuPerSecond must be 1,000-15,000,000: " + b.maxEcpuPerSecond);
        }
        this.maxDataStorageGb = b.maxDataStorageGb;
        this.maxEcpuPerSecond = b.maxEcpuPerSecond;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String cacheName() { return cacheName; }
    public List<String> subnetIds() { return subnetIds; }
    public ISecurityGroup securityGroup() { return securityGroup; }
    public String engine() { return engine; }
    public String majorEngineVersion() { return majorEngineVersion; }
    public int maxDataStorageGb() { return maxDataStorageGb; }
    public int maxEcpuPerSecond() { return maxEcpuPerSecond; }

    public static final class Builder {
        private String cacheName;
        private List<String> subnetIds;
        private ISecurityGroup securityGroup;
        private String engine = "valkey";
        private String majorEngineVersion = "8";
        // The guide sizes Redis at maxmemory 512mb; 1 GB is the smallest cap ElastiCache Serverless accepts.
        private int maxDataStorageGb = 1;
        private int maxEcpuPerSecond = 5000;

        private Builder() {
        }

        public Builder cacheName(String name) { this.cacheName = name; return this; }
        public Builder subnetIds(List<String> ids) { this.subnetIds = ids; return this; }
        public Builder securityGroup(ISecurityGroup group) { this.securityGroup = group; return this; }
        public Builder engine(String engine) { this.engine = engine; return this; }
        public Builder majorEngineVersion(String version) { this.majorEngineVersion = version; return this; }
        /** Upper bound on stored data: a cost cap, ElastiCache evicts beyond it. */
        public Builder maxDataStorageGb(int gb) { this.maxDataStorageGb = gb; return this; }
        /** Upper bound on request throughput: a cost cap against a runaway loop. */
        public Builder maxEcpuPerSecond(int ecpu) { this.maxEcpuPerSecond = ecpu; return this; }

        public RedisCacheProps build() {
            return new RedisCacheProps(this);
        }
    }
}
