package dev.debtos.infra;

import java.util.LinkedHashMap;
import java.util.Map;

import software.amazon.awscdk.services.iam.IGrantable;

/**
 * What every DEBT-OS function is given to reach the foundation: environment variables that name resources
 * (host names, ARNs, queue URLs; never a resolved secret, STYLE.md) and the IAM grants that go with them.
 * Variable names are the platform configuration's ({@code functions/platform/.../config}).
 */
public final class FunctionAccess {

    private final DataStack data;
    private final QueueStack queues;
    private final Map<String, String> environment;

    public FunctionAccess(DataStack data, QueueStack queues, String corsOrigin) {
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
        this.environment = Map.copyOf(env);
    }

    /** The variables shared by every function (each construct adds its own on top). */
    public Map<String, String> environment() {
        return environment;
    }

    /**
     * IAM connect to the proxy as the application user, read access to the two application secrets, and send on
     * the scan queue (API routes and scheduled jobs request scans; the worker's event source adds consume rights).
     */
    public void grantTo(IGrantable grantee) {
        data.database().proxy().grantConnect(grantee, PostgresDatabase.USERNAME);
        data.secrets().jwtSecret().grantRead(grantee);
        data.secrets().dataEncryptionKey().grantRead(grantee);
        queues.scanQueue().grantSendMessages(grantee);
    }
}
