package dev.debtos.engine.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The tool named in every report.
 *
 * @param name           machine name, {@code debt-os}
 * @param displayName    what people read, {@code DEBT-OS}
 * @param version        the engine's Maven version (a semantic version, e.g. {@code 0.1.0-SNAPSHOT})
 * @param informationUri the tool's home page as an absolute URI, or null while it has none
 */
public record ReportTool(String name, String displayName, String version, String informationUri) {

    private static final String RESOURCE = "report-tool.properties";

    /** This build of the engine, as Maven filtered it into {@code report-tool.properties}. */
    public static ReportTool current() {
        Properties properties = new Properties();
        try (InputStream in = ReportTool.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the engine's classpath");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String uri = properties.getProperty("informationUri", "").strip();
        return new ReportTool(properties.getProperty("name"), properties.getProperty("displayName"),
                properties.getProperty("version"), uri.isEmpty() ? null : uri);
    }
}
