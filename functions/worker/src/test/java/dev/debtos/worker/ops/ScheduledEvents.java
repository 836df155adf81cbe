package dev.debtos.worker.ops;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** The sample EventBridge scheduled event of events/scheduled/, as the scheduled functions receive it. */
final class ScheduledEvents {
    private ScheduledEvents() {
    }

    /** As the Lambda runtime hands it to a {@code RequestHandler<Map<String, Object>, ...>}. */
    static Map<String, Object> load() throws IOException {
        return new ObjectMapper().readValue(Path.of("..", "..", "events", "scheduled", "every-minute.json").toFile(),
                new TypeReference<>() { });
    }
}
