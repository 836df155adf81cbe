package dev.debtos.worker.incremental;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.debtos.engine.analysis.Analyzer;
import dev.debtos.engine.analysis.FileMeasurements;
import dev.debtos.platform.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * {@link FileMeasurements} as the JSON kept in {@code file_snapshots.measurements}, and the version of the engine that
 * measured them: measurements are reused only by the same engine build (a changed measurer must not hand out old
 * numbers), so {@link #ENGINE} is the SHA-256 of the engine jar, or {@code "classes"} when the engine runs from a
 * class directory (development and tests).
 */
public final class MeasurementCodec {
    private static final ObjectMapper JSON = Json.mapper();
    /** Tolerant of fields this build does not know: such a row is still read (and {@link #ENGINE} decides reuse). */
    private static final ObjectReader READER = JSON.readerFor(FileMeasurements.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    /** Bumped when the JSON form changes. */
    private static final String FORMAT = "m1";
    public static final String ENGINE = FORMAT + ":" + engineBuild();

    private MeasurementCodec() {
    }

    public static String write(FileMeasurements measurements) {
        try {
            return JSON.writeValueAsString(measurements);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("measurements not serialisable", e);
        }
    }

    /** The measurements, or null when the JSON is not a measurement this build reads. */
    public static FileMeasurements read(String json) {
        try {
            FileMeasurements m = READER.readValue(json);
            return m == null || m.metrics() == null ? null : m;
        } catch (JsonProcessingException | RuntimeException e) {
            return null;
        }
    }

    private static String engineBuild() {
        try {
            // the class file's own URL: jar:file:/.../debt-os-engine.jar!/dev/... (code sources can be absent under an AOT cache)
            String url = String.valueOf(Analyzer.class.getResource("Analyzer.class"));
            if (!url.startsWith("jar:")) {
                return "classes";
            }
            Path jar = Path.of(java.net.URI.create(url.substring(4, url.indexOf("!/"))));
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(jar)) {
                sha.update(in.readAllBytes());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            return "unknown-" + System.nanoTime(); // never matches: nothing is reused
        }
    }
}
