package dev.debtos.infra;

import java.util.LinkedHashMap;
import java.util.Map;

import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.constructs.Construct;

/**
 * What every DEBT-OS function is given to reach the foundation: environment variables that name resources
 * (host names, ARNs, queue URLs; never a resolved secret, STYLE.md) and the IAM grants that go with them.
 * Variable names are the platform configuration's ({@code functions/platform/.../config}).
 */
public final class FunctionAccess {

    private final DataStack data;
    private final QueueStack queues;
    private final Map<String, String> environment;
    private final Map<String, ISecret> providerSecrets = new LinkedHashMap<>();

    /**
     * @param scope     where the outside services' secrets are imported (the function's stack)
     * @param providers OAuth applications and LLM keys the operator configured, by secret ARN
     */
    public FunctionAccess(Construct scope, DataStack data, QueueStack queues, String corsOrigin, ProviderSecrets providers) {
        this.data = data;
        this.queues = queues;
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DEBT_OS_PROFILE", "aws");
        env.put("LOG_LEVEL", "info");
        // RDS Proxy with IAM authentication: the AWS JDBC wrapper signs a token per connection, so no password
        // (and no database secret) reaches the function at all.
        env.put("DB_HOST", data.proxyEndpoint());
        env.put("DB_PORT", Integer.toString(NetworkStack.POSTGRES_PORT));
        env.put("DB_DATABASE", PostgresDatabase.DATABASE_NAME);
        env.put("DB_USERNAME", PostgresDatabase.USERNAME);
        env.put("DB_IAM_AUTH", "true");
        env.put("DB_SSL", "true");
        env.put("REDIS_HOST", data.redisEndpoint());
        env.put("REDIS_PORT", data.redisPort());
        env.put("REDIS_TLS", "true");
        env.put("JWT_SECRET_SECRET_ARN", data.secrets().jwtSecret().getSecretArn());
        env.put("DATA_ENCRYPTION_KEY_SECRET_ARN", data.secrets().dataEncryptionKey().getSecretArn());
        env.put("SCAN_QUEUE_URL", queues.scanQueue().getQueueUrl());
        env.put("SCAN_DLQ_URL", queues.deadLetterQueue().getQueueUrl());
        env.put("CORS_ORIGIN", corsOrigin);
        // OAuth sign-ins land on the front end, which is the (first) browser origin the API serves
        if (!corsOrigin.isBlank()) {
            env.put("FRONTEND_URL", corsOrigin.split(",")[0].trim());
        }
        env.putAll(providers.variables());
        providers.secretArns().forEach((variable, arn) -> {
            env.put(variable, arn);
            providerSecrets.put(variable, imported(scope, variable, arn));
        });
        this.environment = Map.copyOf(env);
    }

    /** The variables shared by every function (each construct adds its own on top). */
    public Map<String, String> environment() {
        return environment;
    }

    /**
     * IAM connect to the proxy as the application user, read access to the two application secrets and the outside
     * services' secrets, and send on
     * the scan queue (API routes and scheduled jobs request scans; the worker's event source adds consume rights).
     */
    public void grantTo(IGrantable grantee) {
        data.database().proxy().grantConnect(grantee, PostgresDatabase.USERNAME);
        data.secrets().jwtSecret().grantRead(grantee);
        data.secrets().dataEncryptionKey().grantRead(grantee);
        queues.scanQueue().grantSendMessages(grantee);
        providerSecrets.values().forEach(secret -> secret.grantRead(grantee));
    }

    /** A complete ARN ends in Secrets Manager's six-character suffix; a partial one is matched with a wildcard. */
    private static ISecret imported(Construct scope, String variable, String arn) {
        String id = "Imported" + variable.replace("_", "");
        return arn.matches(".*:secret:.+-[A-Za-z0-9]{6}")
                ? Secret.fromSecretCompleteArn(scope, id, arn)
                : Secret.fromSecretPartialArn(scope, id, arn);
    }
}
