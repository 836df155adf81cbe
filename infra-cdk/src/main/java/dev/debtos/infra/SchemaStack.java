package dev.debtos.infra;

import java.util.List;
import java.util.Map;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.CustomResource;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.customresources.Provider;
import software.constructs.Construct;

/**
 * The database ready on every deploy: the schema migration function ({@code SchemaMigrationHandler} in the worker's
 * jar) and a custom resource that runs it. With the master secret it creates the application login with
 * {@code rds_iam}, the {@code vector} extension and the login's rights, then applies the changelog's pending steps as
 * that login. The resource's properties carry the changelog's digest, so every deploy that changes the schema (or
 * the login) runs it; a failure fails the deploy with the migration's one-line reason. Operators run the same
 * function on demand with {@code debt-os migrate --deployed <env>}.
 *
 * <p>Its own stack, between the data and the functions: ApiStack and WorkerStack depend on it, so code that expects a
 * new column is deployed only after the column exists.
 */
public final class SchemaStack extends Stack {

    public static final String HANDLER = ScheduledJob.PACKAGE + "SchemaMigrationHandler::handleRequest";

    private final Function migrationFunction;
    private final CustomResource schema;

    public SchemaStack(Construct scope, String id, StackProps props, EnvironmentConfig env, NetworkStack network,
                       DataStack data, FunctionAssets assets) {
        super(scope, id, props);
        String name = migrationFunctionName(env);
        Role role = FunctionRoles.inVpc(this, "MigrationRole", "The " + env.prefix() + " schema migration function", env);
        data.database().secret().grantRead(role);
        this.migrationFunction = Function.Builder.create(this, "MigrationFunction")
                .functionName(name)
                .description("Creates the application login and the vector extension, applies pending migrations")
                .runtime(Runtime.JAVA_25)
                .architecture(Architecture.ARM_64)
                .handler(HANDLER)
                .code(assets.workerCode())
                .memorySize(1024)
                .timeout(Duration.minutes(10))
                // one migration at a time: Liquibase's lock would make a second one wait anyway
                .reservedConcurrentExecutions(1)
                .role(role)
                .vpc(network.vpc())
                .vpcSubnets(network.appSubnets())
                .securityGroups(List.of(network.adminSecurityGroup()))
                .environment(Map.of(
                        "DEBT_OS_PROFILE", "aws",
                        "LOG_LEVEL", "info",
                        "DB_ADMIN_SECRET_ARN", data.databaseSecretArn(),
                        "DB_USERNAME", PostgresDatabase.USERNAME,
                        "DB_SSL", "true",
                        "JAVA_TOOL_OPTIONS", ApiFunctionConstruct.JAVA_TOOL_OPTIONS))
                .logGroup(LogPolicy.functionLogs(this, "MigrationLogs", name))
                .build();

        Provider provider = Provider.Builder.create(this, "MigrationProvider")
                .onEventHandler(migrationFunction)
                .providerFunctionName(env.prefix() + "-migrate-provider")
                .logGroup(LogPolicy.functionLogs(this, "ProviderLogs", env.prefix() + "-migrate-provider"))
                .build();
        Nag.acknowledge(provider, "IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]",
                "CDK's custom resource framework function: writes its own logs only");
        Nag.acknowledge(provider, "IAM5[Resource::<" + getLogicalId((software.amazon.awscdk.CfnElement)
                        migrationFunction.getNode().getDefaultChild()) + ".Arn>:*]",
                "Invokes the migration function's versions only");
        this.schema = CustomResource.Builder.create(this, "Schema")
                .serviceToken(provider.getServiceToken())
                .resourceType("Custom::DebtOsSchema")
                .properties(Map.of(
                        "ApplicationLogin", PostgresDatabase.USERNAME,
                        "Changelog", assets.changelogDigest()))
                .build();
        CfnOutput.Builder.create(this, "MigrationFunctionName").value(name)
                .description("Run it on demand: scripts/debt-os migrate --deployed " + env.name()).build();
    }

    /** What {@code debt-os migrate --deployed <env>} invokes. */
    public static String migrationFunctionName(EnvironmentConfig env) {
        return env.prefix() + "-migrate";
    }

    public Function migrationFunction() {
        return migrationFunction;
    }

    public CustomResource schema() {
        return schema;
    }
}
