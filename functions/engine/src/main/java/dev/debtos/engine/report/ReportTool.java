package dev.debtos.engine.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Properties;

/**
 * The tool named in every report.
 *
 * @param name           machine name, {@code debt-os}
 * @param displayName    what people read, {@code DEBT-OS}
 * @param version        the engine's Maven version (a semantic version, e.g. {@code 0.1.0-SNAPSHOT})
 * @param informationUri the tool's home page as an absolute URI, or null while it has none
 * @param ruleDocsUri    the absolute URI of the folder of rule pages ({@code docs/rules/}, ending in {@code /}), or null
 */
public record ReportTool(String name, String displayName, String version, String informationUri, String ruleDocsUri) {

    /** A tool without rule pages. */
    public ReportTool(String name, String displayName, String version, String informationUri) {
        this(name, displayName, version, informationUri, null);
    }

    /** The page of one rule ({@code docs/rules/<KEY>.md}), or null when the tool has no rule pages. */
    public String helpUri(String ruleKey) {
        return ruleDocsUri == null ? null : ruleDocsUri + ruleKey + ".md";
    }

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
        return new ReportTool(properties.getProperty("name"), properties.getProperty("displayName"),
                properties.getProperty("version"), absent(properties.getProperty("informationUri")),
                absent(properties.getProperty("ruleDocsUri")));
    }

    /** Only an absolute URI counts (an empty home page leaves the rule folder relative): anything else is none. */
    private static String absent(String value) {
        String text = value == null ? "" : value.strip();
        try {
            return !text.contains("${") && URI.create(text).isAbsolute() ? text : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
