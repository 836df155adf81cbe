package dev.debtos.platform.config;

/** Reads a secret's string value by ARN or name (AWS Secrets Manager in the cloud, a stand-in in tests). */
@FunctionalInterface
public interface SecretSource {

    String secretString(String secretId);

    /** For environments with no secret store: any {@code *_SECRET_ARN} variable is a configuration error. */
    SecretSource NONE = secretId -> {
        throw new IllegalStateException("no secret store is configured");
    };
}
