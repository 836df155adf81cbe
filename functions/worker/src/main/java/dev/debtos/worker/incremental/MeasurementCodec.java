package dev.debtos.worker.incremental;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.debtos.engine.analysis.Analyzer;
import dev.debtos.engine.analysis.FileMeasurements;
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
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
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
            FileMeasurements m = JSON.readValue(json, FileMeasurements.class);
            return m == null || m.metrics() == null ? null : m;
        } catch (JsonProcessingException | RuntimeException e) {
            return null;
        }
    }

    private static String engineBuild() {
        try {
            Path location = Path.of(Analyzer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(location)) {
                return "classes";
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(location)) {
                sha.update(in.readAllBytes());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException | NoSuchAlgorithmException | java.net.URISyntaxException | RuntimeException e) {
            return "unknown-" + System.nanoTime(); // never matches: nothing is reused
        }
    }
}
