package dev.debtos.infra;

import java.util.Objects;

import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SubnetSelection;

/** Settings of a {@link PostgresDatabase}; {@link Builder#build()} rejects incomplete or impossible values. */
public final class PostgresDatabaseProps {

    private final String proxyName;
    private final String namePrefix;
    private final ISecurityGroup adminSecurityGroup;
    private final SubnetSelection adminSubnets;
    private final IVpc vpc;
    private final SubnetSelection subnets;
    private final ISecurityGroup proxySecurityGroup;
    private final String instanceType;
    private final boolean multiAz;
    private final boolean deletionProtection;
    private final boolean retainData;
    private final int backupRetentionDays;
    private final int maxConnections;

    private PostgresDatabaseProps(Builder b) {
        this.proxyName = Objects.requireNonNull(b.proxyName, "proxyName");
        if (!proxyName.matches("[A-Za-z](-?[A-Za-z0-9])*") || proxyName.length() > 60) {
            throw new IllegalArgumentException("proxyName must be 1-60 letters, digits and single '-', starting with a letter: " + proxyName);
        }
        this.namePrefix = Objects.requireNonNull(b.namePrefix, "namePrefix");
        if (!namePrefix.matches("[a-z](-?[a-z0-9])*") || namePrefix.length() > 40) {
            throw new IllegalArgumentException("namePrefix must be 1-40 lower-case letters, digits and single '-': " + namePrefix);
        }
        this.adminSecurityGroup = Objects.requireNonNull(b.adminSecurityGroup, "adminSecurityGroup");
        this.adminSubnets = Objects.requireNonNull(b.adminSubnets, "adminSubnets");
        this.vpc = Objects.requireNonNull(b.vpc, "vpc");
        this.subnets = Objects.requireNonNull(b.subnets, "subnets");
        this.proxySecurityGroup = Objects.requireNonNull(b.proxySecurityGroup, "proxySecurityGroup");
        this.instanceType = Objects.requireNonNull(b.instanceType, "instanceType");
        if (!instanceType.matches("[a-z][a-z0-9-]*\\.[a-z0-9]+")) {
            throw new IllegalArgumentException("instanceType must look like 't4g.micro' (no 'db.' prefix): " + instanceType);
        }
        if (b.backupRetentionDays < 1 || b.backupRetentionDays > 35) {
            throw new IllegalArgumentException("backupRetentionDays must be 1-35: " + b.backupRetentionDays);
        }
        if (b.maxConnections < 10) {
            throw new IllegalArgumentException("maxConnections must be at least 10: " + b.maxConnections);
        }
        this.multiAz = b.multiAz;
        this.deletionProtection = b.deletionProtection;
        this.retainData = b.retainData;
        this.backupRetentionDays = b.backupRetentionDays;
        this.maxConnections = b.maxConnections;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String proxyName() { return proxyName; }
    public String namePrefix() { return namePrefix; }
    public ISecurityGroup adminSecurityGroup() { return adminSecurityGroup; }
    public SubnetSelection adminSubnets() { return adminSubnets; }
    public IVpc vpc() { return vpc; }
    public SubnetSelection subnets() { return subnets; }
    public ISecurityGroup proxySecurityGroup() { return proxySecurityGroup; }
    public String instanceType() { return instanceType; }
    public boolean multiAz() { return multiAz; }
    public boolean deletionProtection() { return deletionProtection; }
    public boolean retainData() { return retainData; }
    public int backupRetentionDays() { return backupRetentionDays; }
    public int maxConnections() { return maxConnections; }

    public static final class Builder {
        private String proxyName;
        private String namePrefix;
        private ISecurityGroup adminSecurityGroup;
        private SubnetSelection adminSubnets;
        private IVpc vpc;
        private SubnetSelection subnets;
        private ISecurityGroup proxySecurityGroup;
        private String instanceType = "t4g.micro";
        private boolean multiAz;
        private boolean deletionProtection = true;
        private boolean retainData = true;
        private int backupRetentionDays = 7;
        private int maxConnections = GuideThresholds.GUIDE_MAX_CONNECTIONS;

        private Builder() {
        }

        /** Unique per account and region: dev and prod may share one. */
        public Builder proxyName(String name) { this.proxyName = name; return this; }
        /** Names the instance ({@code <prefix>-postgres}), its log group and the rotation function. */
        public Builder namePrefix(String prefix) { this.namePrefix = prefix; return this; }
        /** The migration and rotation functions' group, which the instance admits beside the proxy. */
        public Builder adminSecurityGroup(ISecurityGroup group) { this.adminSecurityGroup = group; return this; }
        /** Where the rotation function runs: it needs Secrets Manager, which the data subnets cannot reach. */
        public Builder adminSubnets(SubnetSelection subnets) { this.adminSubnets = subnets; return this; }
        public Builder vpc(IVpc vpc) { this.vpc = vpc; return this; }
        public Builder subnets(SubnetSelection subnets) { this.subnets = subnets; return this; }
        /** The proxy's group, which callers are admitted to; the instance admits only this group. */
        public Builder proxySecurityGroup(ISecurityGroup group) { this.proxySecurityGroup = group; return this; }
        public Builder instanceType(String instanceType) { this.instanceType = instanceType; return this; }
        public Builder multiAz(boolean multiAz) { this.multiAz = multiAz; return this; }
        /** Defaults to on: switching it off is a decision an environment makes explicitly. */
        public Builder deletionProtection(boolean on) { this.deletionProtection = on; return this; }
        /** Defaults to on (final snapshot when the stack is deleted); dev switches it off. */
        public Builder retainData(boolean retain) { this.retainData = retain; return this; }
        public Builder backupRetentionDays(int days) { this.backupRetentionDays = days; return this; }
        public Builder maxConnections(int maxConnections) { this.maxConnections = maxConnections; return this; }

        public PostgresDatabaseProps build() {
            return new PostgresDatabaseProps(this);
        }
    }
}
