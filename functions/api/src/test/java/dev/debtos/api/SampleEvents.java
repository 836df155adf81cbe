package dev.debtos.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The API Gateway proxy requests in events/api, as the tests' input. */
public final class SampleEvents {
    public static final Path DIRECTORY = Path.of("..", "..", "events", "api");
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private SampleEvents() {
    }

    public static APIGatewayProxyRequestEvent load(String name) {
        try {
            return MAPPER.readValue(DIRECTORY.resolve(name).toFile(), APIGatewayProxyRequestEvent.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
