package dev.debtos.engine.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Locale;

/**
 * The Jackson set-up every JSON report shares: enum constants as lower-case keys ({@code high}, {@code code_smell},
 * the database's spelling), instants as ISO-8601 strings, map entries sorted by key, two-space indentation with
 * {@code \n} line ends on every platform. Reading accepts the keys back whatever their case.
 */
final class ReportJson {

    private ReportJson() {
    }

    static ObjectMapper mapper() {
        SimpleModule enumsAsKeys = new SimpleModule("debt-os-enum-keys");
        enumsAsKeys.addSerializer(new LowerCaseEnumSerializer());
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(enumsAsKeys)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .build();
    }

    /** Reports with more findings than this are written compact: they are read by tools, and indentation doubles them. */
    static final int PRETTY_PRINT_LIMIT = 5_000;

    /** Indented for people when the report is small enough to read, compact otherwise. */
    static ObjectWriter writer(ObjectMapper mapper, int findings) {
        return findings <= PRETTY_PRINT_LIMIT ? prettyWriter(mapper) : mapper.writer();
    }

    private static ObjectWriter prettyWriter(ObjectMapper mapper) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        return mapper.writer(printer);
    }

    /** Serialises any enum as its lower-case name. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final class LowerCaseEnumSerializer extends StdSerializer<Enum> {

        LowerCaseEnumSerializer() {
            super(Enum.class);
        }

        @Override
        public void serialize(Enum value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(value.name().toLowerCase(Locale.ROOT));
        }
    }
}
