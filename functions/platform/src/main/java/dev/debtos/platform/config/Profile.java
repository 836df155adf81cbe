package dev.debtos.platform.config;

import java.util.Locale;

/**
 * Where the code runs. {@code AWS} is forced whenever the Lambda runtime is detected ({@code AWS_EXECUTION_ENV}),
 * so local-only conveniences (default credentials, file:// clones, local login) can never be switched on in a
 * deployed function, whatever DEBT_OS_PROFILE says.
 */
public enum Profile {
    LOCAL, AWS;

    static Profile from(Env env) {
        boolean inLambda = env.optional("AWS_EXECUTION_ENV").isPresent();
        String requested = env.optional("DEBT_OS_PROFILE").orElse(inLambda ? "aws" : "local").toLowerCase(Locale.ROOT);
        return switch (requested) {
            case "aws" -> AWS;
            case "local" -> {
                if (inLambda) {
                    throw new ConfigException("DEBT_OS_PROFILE", "cannot be 'local' inside AWS Lambda");
                }
                yield LOCAL;
            }
            default -> throw new ConfigException("DEBT_OS_PROFILE", "must be 'local' or 'aws'");
        };
    }
}
