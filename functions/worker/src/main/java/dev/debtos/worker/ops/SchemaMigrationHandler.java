package dev.debtos.worker.ops;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.debtos.platform.config.SecretsManagerSource;
import dev.debtos.platform.db.AdminLogin;
import dev.debtos.platform.db.Migrations;
import dev.debtos.platform.db.SchemaBootstrap;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The schema migration function ({@link SchemaBootstrap}). CloudFormation runs it on deploy through a custom resource
 * (the CDK provider framework hands it the resource event: {@code RequestType} Create, Update or Delete), and an
 * operator runs it on demand ({@code debt-os migrate --deployed <env>}, any other event). Delete does nothing: the
 * schema outlives the custom resource. A failure is thrown with a one-line reason (no SQL text, no secret), which
 * CloudFormation shows as the reason the deploy failed.
 *
 * <p>Environment: {@code DB_ADMIN_SECRET_ARN} (the RDS master secret), {@code DB_USERNAME} (the application login,
 * default {@code debt_os}), {@code DB_IAM_ROLE} (default {@code rds_iam}), {@code DB_SSL} (default true).
 */
public final class SchemaMigrationHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    /** The custom resource's id: one schema per database, whatever the deploy. */
    public static final String PHYSICAL_ID = "debt-os-schema";
    private static final int MAX_REASON = 400;

    private final Supplier<SchemaBootstrap> bootstrap;

    public SchemaMigrationHandler() {
        this.bootstrap = LeaseReaperHandler.memoized(SchemaMigrationHandler::fromEnvironment);
    }

    public SchemaMigrationHandler(SchemaBootstrap bootstrap) {
        this.bootstrap = () -> bootstrap;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        if (event != null && "Delete".equals(event.get("RequestType"))) {
            return Map.of("PhysicalResourceId", PHYSICAL_ID);
        }
        try {
            SchemaBootstrap.Outcome outcome = bootstrap.get().run();
            return Map.of("PhysicalResourceId", PHYSICAL_ID, "Data", Map.of(
                    "applied", outcome.applied(), "total", outcome.total(), "iamRoleGranted", outcome.iamRoleGranted()));
        } catch (SQLException e) {
            throw new IllegalStateException("schema migration failed: " + oneLine(e.getMessage()) + " (SQLSTATE " + e.getSQLState() + ")");
        } catch (RuntimeException e) {
            throw new IllegalStateException("schema migration failed: " + oneLine(rootMessage(e)));
        }
    }

    private static SchemaBootstrap fromEnvironment() {
        Map<String, String> env = System.getenv();
        String secretArn = env.get("DB_ADMIN_SECRET_ARN");
        if (secretArn == null || secretArn.isBlank()) {
            throw new IllegalStateException("DB_ADMIN_SECRET_ARN is not set (the database master secret)");
        }
        boolean ssl = !"false".equalsIgnoreCase(env.getOrDefault("DB_SSL", "true"));
        String json;
        try (SecretsManagerSource secrets = SecretsManagerSource.fromEnvironment()) {
            json = secrets.secretString(secretArn);
        }
        return new SchemaBootstrap(AdminLogin.fromRdsSecret(json, ssl), env.getOrDefault("DB_USERNAME", "debt_os"),
                env.getOrDefault("DB_IAM_ROLE", SchemaBootstrap.RDS_IAM_ROLE), new Migrations());
    }

    /** Liquibase wraps the driver's error, which is the one that says what went wrong. */
    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    /** First line only (Liquibase appends the failing SQL on the next lines), capped. */
    static String oneLine(String message) {
        String first = message == null ? "unknown error" : message.strip().lines().findFirst().orElse("unknown error");
        return first.length() > MAX_REASON ? first.substring(0, MAX_REASON) + "…" : first;
    }
}
