package dev.debtos.platform.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON configuration of the platform, the API, the worker and the local profile: instants and dates are
 * ISO-8601 strings (not numbers), and a document followed by anything but whitespace is malformed. The mapper is
 * thread-safe and shared; a caller that needs another setting for one read or write derives an {@code ObjectReader}
 * or {@code ObjectWriter} from it instead of configuring a mapper of its own. The engine's report writers keep their
 * own mapper (the engine sits below the platform and its reports have a fixed pretty-printed form).
 */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
