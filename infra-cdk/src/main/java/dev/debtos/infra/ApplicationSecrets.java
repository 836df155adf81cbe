package dev.debtos.infra;

import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.constructs.Construct;

/**
 * The application's own secrets, generated into Secrets Manager as plain-text values of 64 letters and digits:
 * the JWT signing key ({@code JWT_SECRET}) and the key that encrypts webhook secrets and OAuth tokens at rest
 * ({@code DATA_ENCRYPTION_KEY}). Functions receive {@code JWT_SECRET_SECRET_ARN} and
 * {@code DATA_ENCRYPTION_KEY_SECRET_ARN} and read the value at init (platform {@code Env.secret}).
 *
 * <p>They live with the data: losing the encryption key loses every value encrypted with it, so environments that
 * retain data retain these secrets too.
 */
public final class ApplicationSecrets extends Construct {

    private final Secret jwtSecret;
    private final Secret dataEncryptionKey;

    public ApplicationSecrets(Construct scope, String id, String namePrefix, boolean retain) {
        super(scope, id);
        this.jwtSecret = generated("JwtSecret", namePrefix + "/jwt-secret", "HS256 key that signs DEBT-OS bearer tokens");
        this.dataEncryptionKey = generated("DataEncryptionKey", namePrefix + "/data-encryption-key",
                "AES-256-GCM key material for webhook secrets and OAuth tokens at rest");
        RemovalPolicy policy = retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
        jwtSecret.applyRemovalPolicy(policy);
        dataEncryptionKey.applyRemovalPolicy(policy);
        Nag.acknowledge(jwtSecret, "SMG4", "Not rotated automatically: tokens are verified with one key, so a rotation"
                + " signs everyone out; rotate by hand (put-secret-value) when it leaks");
        Nag.acknowledge(dataEncryptionKey, "SMG4", "Not rotated automatically: webhook secrets and OAuth tokens are"
                + " encrypted with it, and a new key would make them unreadable without a re-encryption step");
    }

    private Secret generated(String id, String name, String description) {
        return Secret.Builder.create(this, id)
                .secretName(name)
                .description(description)
                .generateSecretString(SecretStringGenerator.builder()
                        .passwordLength(64)
                        .excludePunctuation(true)
                        .includeSpace(false)
                        .build())
                .build();
    }

    public ISecret jwtSecret() {
        return jwtSecret;
    }

    public ISecret dataEncryptionKey() {
        return dataEncryptionKey;
    }
}
