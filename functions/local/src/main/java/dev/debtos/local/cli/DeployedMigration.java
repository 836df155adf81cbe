package dev.debtos.local.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.debtos.platform.json.Json;
import java.io.PrintStream;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * {@code debt-os migrate --deployed <env>}: runs the deployed environment's schema migration function
 * ({@code debt-os-<env>-migrate}, the one the deploy's custom resource runs) through the AWS SDK and prints what it
 * did. Credentials, region and endpoint come from the SDK's default chains (AWS profile, {@code AWS_REGION},
 * {@code AWS_ENDPOINT_URL_LAMBDA}). A failure of the function is its one-line reason, exit code 1.
 */
final class DeployedMigration {
    private final LambdaClient lambda;

    DeployedMigration(LambdaClient lambda) {
        this.lambda = lambda;
    }

    /** The function the CDK app names for an environment (infra-cdk SchemaStack). */
    static String functionName(String environment) {
        if (environment == null || !environment.matches("[a-z][a-z0-9-]{1,15}")) {
            throw new CommandFailure("--deployed needs an environment name such as dev or prod", OneLineErrors.BAD_INPUT);
        }
        return "debt-os-" + environment + "-migrate";
    }

    int run(String environment, PrintStream out) {
        String function = functionName(environment);
        InvokeResponse response;
        try {
            response = lambda.invoke(b -> b.functionName(function)
                    .invocationType(InvocationType.REQUEST_RESPONSE)
                    .payload(SdkBytes.fromUtf8String("{\"source\":\"debt-os migrate --deployed\"}")));
        } catch (SdkException e) {
            throw new CommandFailure("cannot invoke " + function + ": " + firstLine(e.getMessage()), OneLineErrors.FAILURE);
        }
        JsonNode payload = parse(response.payload() == null ? "" : response.payload().asUtf8String());
        if (response.functionError() != null) {
            String reason = payload.path("errorMessage").asText("the function failed (" + response.functionError() + ")");
            throw new CommandFailure(function + ": " + firstLine(reason), OneLineErrors.FAILURE);
        }
        JsonNode data = payload.path("Data");
        out.printf("%s: database is up to date: %d step(s) applied now, %d in total%s%n", function,
                data.path("applied").asInt(), data.path("total").asInt(),
                data.path("iamRoleGranted").asBoolean(true) ? "" : " (no rds_iam role: the application login has no IAM sign-in)");
        return 0;
    }

    private static JsonNode parse(String json) {
        try {
            return json.isBlank() ? Json.mapper().createObjectNode() : Json.mapper().readTree(json);
        } catch (Exception e) {
            return Json.mapper().createObjectNode();
        }
    }

    private static String firstLine(String message) {
        return message == null ? "unknown error" : message.strip().lines().findFirst().orElse("unknown error");
    }
}
