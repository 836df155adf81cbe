package dev.debtos.api;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.cloud.function.adapter.aws.FunctionInvoker;

/**
 * Cold start of one API function as Lambda runs it (scripts/bench cold-start): a fresh JVM builds the AWS adapter's
 * FunctionInvoker (MAIN_CLASS and SPRING_CLOUD_FUNCTION_DEFINITION from the environment), handles one sample event
 * and prints the wall-clock time of that first response (epoch ms) and the response, so the caller can subtract the
 * moment it spawned the JVM. With a second argument {@code direct} it skips Spring and calls the same function
 * straight from {@link ApiFunctions}: the baseline of a plain handler with our configuration and logging.
 */
public final class ColdStartProbe {
    private ColdStartProbe() {
    }

    public static void main(String[] args) throws Exception {
        byte[] event = Files.readAllBytes(Path.of(args[0]));
        if (args.length > 1 && args[1].equals("direct")) {
            var request = new com.fasterxml.jackson.databind.ObjectMapper()
                    .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(event, com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent.class);
            var response = new ApiFunctions().function(System.getenv("SPRING_CLOUD_FUNCTION_DEFINITION")).apply(request);
            long firstResponse = System.currentTimeMillis();
            System.out.println(firstResponse + " {\"statusCode\":" + response.getStatusCode() + "}");
            return;
        }
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        new FunctionInvoker().handleRequest(new ByteArrayInputStream(event), response, null);
        long firstResponse = System.currentTimeMillis();
        System.out.println(firstResponse + " " + response.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
