package dev.debtos.engine.suppression;

import dev.debtos.engine.findings.Finding;

/**
 * A finding a suppression covers, kept with what suppressed it.
 *
 * @param suppressedBy where the suppression is: {@code src/App.java:12} for an inline comment, {@code .debt-os.yml},
 *                     or {@code settings} for the repository settings
 * @param reason       the reason given with it ("" when none was)
 */
public record SuppressedFinding(Finding finding, String suppressedBy, String reason) {
}
