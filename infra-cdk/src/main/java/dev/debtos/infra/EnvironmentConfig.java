package dev.debtos.infra;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What differs between deployments of the same stacks, chosen by name with {@code cdk synth -c env=dev|prod}.
 * Mirrors the operations guide's "Environment Configuration": one set of secrets and settings per environment.
 *
 * @param name                 environment name, part of every stack and resource name
 * @param natGateways          NAT gateways for the private-with-egress subnets (1 is cheaper, one per AZ survives an AZ outage)
 * @param databaseInstanceType RDS instance class without the {@code db.} prefix, e.g. {@code t4g.micro}
 * @param multiAz              RDS standby in the second AZ
 * @param deletionProtection   RDS deletion protection
 * @param retainData           keep the database (final snapshot) and keys when the stack is deleted
 * @param backupRetentionDays  automated RDS backups and point-in-time restore kept (guide "Backup Schedule": 7 daily
 *                             and 4 weekly, so 30 days in prod)
 * @param maxConnections       PostgreSQL {@code max_connections}; the DB-connections alarm fires at 80% of it
 * @param alarmEmail           address subscribed to the alarm topic, if any
 */
public record EnvironmentConfig(String name, int natGateways, String databaseInstanceType, boolean multiAz,
                                boolean deletionProtection, boolean retainData, int backupRetentionDays,
                                int maxConnections, Optional<String> alarmEmail) {

    public EnvironmentConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(databaseInstanceType, "databaseInstanceType");
        Objects.requireNonNull(alarmEmail, "alarmEmail");
        if (!name.matches("[a-z][a-z0-9-]{1,15}")) {
            throw new IllegalArgumentException("environment name must be 2-16 lower-case letters, digits or '-': " + name);
        }
        if (natGateways < 1 || natGateways > 2) {
            throw new IllegalArgumentException("natGateways must be 1 or 2 (the VPC spans 2 AZs): " + natGateways);
        }
        if (backupRetentionDays < 1 || backupRetentionDays > 35) {
            throw new IllegalArgumentException("backupRetentionDays must be 1-35: " + backupRetentionDays);
        }
        if (maxConnections < 10) {
            throw new IllegalArgumentException("maxConnections must be at least 10: " + maxConnections);
        }
    }

    /** Small and disposable: one NAT gateway, single-AZ database, deleted with the stack. */
    public static EnvironmentConfig dev() {
        return new EnvironmentConfig("dev", 1, "t4g.micro", false, false, false, 7,
                GuideThresholds.GUIDE_MAX_CONNECTIONS, Optional.empty());
    }

    /** Survives an AZ outage and an accidental {@code cdk destroy}. */
    public static EnvironmentConfig prod() {
        return new EnvironmentConfig("prod", 2, "m7g.large", true, true, true, 30,
                GuideThresholds.GUIDE_MAX_CONNECTIONS, Optional.empty());
    }

    /** The named environment; unknown names fail rather than deploy something half-configured. */
    public static EnvironmentConfig forName(String name) {
        String normalised = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return switch (normalised) {
            case "dev" -> dev();
            case "prod" -> prod();
            default -> throw new IllegalArgumentException("unknown environment '" + name + "': use -c env=dev or -c env=prod");
        };
    }

    public EnvironmentConfig withAlarmEmail(String email) {
        if (email != null && !email.isBlank() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("alarmEmail is not an e-mail address: " + email);
        }
        Optional<String> address = email == null || email.isBlank() ? Optional.empty() : Optional.of(email.trim());
        return new EnvironmentConfig(name, natGateways, databaseInstanceType, multiAz, deletionProtection, retainData,
                backupRetentionDays, maxConnections, address);
    }

    /** Prefix for physical names, e.g. {@code debt-os-dev}. */
    public String prefix() {
        return "debt-os-" + name;
    }
}
