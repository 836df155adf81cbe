package dev.debtos.worker.pr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.engine.findings.Severity;
import org.junit.jupiter.api.Test;

class PullRequestSettingsTest {

    @Test
    void absentKeysTakeTheirDefaults() {
        assertThat(PullRequestSettings.parse("{}")).isEqualTo(new PullRequestSettings(true, true, Severity.HIGH));
        assertThat(PullRequestSettings.parse(null)).isEqualTo(PullRequestSettings.defaults());
    }

    @Test
    void settingsAreRead() {
        PullRequestSettings settings = PullRequestSettings.parse(
                "{\"prComments\": false, \"prStatus\": false, \"qualityGate\": {\"failOn\": \"critical\"}, \"thresholds\": {\"cyclomatic\": 12}}");

        assertThat(settings).isEqualTo(new PullRequestSettings(false, false, Severity.CRITICAL));
    }

    @Test
    void malformedValuesFallBackToTheirDefaults() {
        PullRequestSettings settings = PullRequestSettings.parse(
                "{\"prComments\": \"no\", \"qualityGate\": {\"failOn\": \"severe\"}}");

        assertThat(settings).isEqualTo(PullRequestSettings.defaults());
        assertThat(PullRequestSettings.parse("not json")).isEqualTo(PullRequestSettings.defaults());
    }
}
