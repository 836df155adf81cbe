package dev.debtos.platform.scan;

import dev.debtos.platform.validation.InvalidFieldException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepositorySettingsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void absentKeysHaveTheContractsDefaults() {
        RepositorySettings settings = RepositorySettings.fromStored("{}");
        assertThat(settings).isEqualTo(RepositorySettings.defaults());
        assertThat(settings.autoScan()).isTrue();
        assertThat(settings.scanOnPush()).isTrue();
        assertThat(settings.scanOnPr()).isTrue();
        assertThat(settings.include()).isEmpty();
        assertThat(settings.schedule()).isEmpty();
        assertThat(settings.llmTokenBudget()).isEqualTo(30_000);
        assertThat(settings.toJson()).containsEntry("schedule", null).containsEntry("thresholds", Map.of())
                .as("what pull-request scans do unless told otherwise").containsEntry("prComments", true)
                .containsEntry("prStatus", true).containsEntry("qualityGate", Map.of("failOn", "high"));
    }

    @Test
    void everyKeyIsReadWhenValid() throws Exception {
        RepositorySettings settings = RepositorySettings.parse(json("{'autoScan':false,'scanOnPush':false,'scanOnPr':false,"
                + "'include':['src/**'],'exclude':['**/*.min.js','!keep.js'],'schedule':'0 3 * * 1',"
                + "'llmTokenBudget':0,'llm':'off','thresholds':{'cyclomatic':12,'hotspotScore':0.5},"
                + "'prComments':false,'prStatus':false,'qualityGate':{'failOn':'medium'}}"));
        assertThat(settings).isEqualTo(new RepositorySettings(false, false, false, List.of("src/**"),
                List.of("**/*.min.js", "!keep.js"), Optional.of("0 3 * * 1"), 0, false, Map.of("cyclomatic", 12, "hotspotScore", 0.5),
                new RepositorySettings.PullRequestChecks(false, false, "medium"), 0.7));
        assertThat(settings.toJson()).containsEntry("llm", "off").containsEntry("prComments", false).containsEntry("prStatus", false)
                .containsEntry("qualityGate", Map.of("failOn", "medium"));
    }

    @Test
    void anIgnoreListSuppressesFindingsAndIsValidatedByTheEngine() throws Exception {
        RepositorySettings settings = RepositorySettings.parse(json(
                "{'ignore':[{'rule':'DEBT-SIZE-001','path':'src/gen/**','reason':'generated parsers'},{'rule':'*'}]}"));
        assertThat(settings.ignore()).extracting(r -> r.rule() + " " + r.path() + " " + r.reason())
                .containsExactly("DEBT-SIZE-001 src/gen/** generated parsers", "*  ");
        assertThat(settings.toJson().get("ignore")).isEqualTo(List.of(
                Map.of("rule", "DEBT-SIZE-001", "path", "src/gen/**", "reason", "generated parsers"),
                Map.of("rule", "*", "path", "", "reason", "")));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RepositorySettings.parse(json("{'ignore':[{'rule':'size'}]}")))
                .isInstanceOf(dev.debtos.platform.validation.InvalidFieldException.class)
                .hasMessageContaining("ignore[0].rule");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{'autoScan':'yes'}|autoScan",
            "{'scanOnPush':1}|scanOnPush",
            "{'scanOnPr':null,'include':'src'}|include",
            "{'include':['ok',3]}|include[1]",
            "{'exclude':['']}|exclude[0]",
            "{'exclude':['src/[abc']}|exclude[0]",
            "{'exclude':['trailing\\\\']}|exclude[0]",
            "{'exclude':['!']}|exclude[0]",
            "{'schedule':'sometimes'}|schedule",
            "{'schedule':'0 3 * *'}|schedule",
            "{'schedule':'61 * * * *'}|schedule",
            "{'schedule':'0 0 31 2 *'}|schedule",
            "{'schedule':5}|schedule",
            "{'llmTokenBudget':-1}|llmTokenBudget",
            "{'llmTokenBudget':1.5}|llmTokenBudget",
            "{'llmTokenBudget':'100'}|llmTokenBudget",
            "{'llmTokenBudget':99999999999}|llmTokenBudget",
            "{'llm':false}|llm",
            "{'llm':'no'}|llm",
            "{'thresholds':[]}|thresholds",
            "{'thresholds':{'cyclomatic':'10'}}|thresholds.cyclomatic",
            "{'thresholds':{'cyclomatic':0}}|thresholds.cyclomatic",
            "{'thresholds':{'cyclomatic':2.5}}|thresholds.cyclomatic",
            "{'thresholds':{'hotspotScore':1.5}}|thresholds.hotspotScore",
            "{'thresholds':{'nope':1}}|thresholds.nope",
            "{'prComments':'no'}|prComments",
            "{'prStatus':0}|prStatus",
            "{'qualityGate':'high'}|qualityGate",
            "{'qualityGate':{'failOn':'high','also':1}}|qualityGate",
            "{'qualityGate':{'failOn':'severe'}}|qualityGate.failOn",
            "{'autoscan':true,'colour':'red'}|'autoscan, colour'"})
    void eachBrokenKeyIsNamed(String settings, String field) throws Exception {
        assertThatThrownBy(() -> RepositorySettings.parse(json(settings)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void namedSchedulesAndCronExpressionsAreAccepted() throws Exception {
        for (String schedule : List.of("hourly", "daily", "weekly", "*/15 * * * *", "0 0-6 1,15 * 1-5", "0 3 * * MON")) {
            assertThat(RepositorySettings.parse(json("{'schedule':'" + schedule + "'}")).schedule()).hasValue(schedule);
        }
    }

    @Test
    void aPatchMergesKeyByKeyAndNullResetsToTheDefault() throws Exception {
        String stored = RepositorySettings.merge("{}", json("{'autoScan':false,'include':['src/**'],'thresholds':{'cyclomatic':20}}"));
        String patched = RepositorySettings.merge(stored, json("{'include':null,'thresholds':{'cognitive':30},'llmTokenBudget':10}"));
        assertThat(json(patched)).isEqualTo(json("{'autoScan':false,'thresholds':{'cognitive':30},'llmTokenBudget':10}"));
        assertThat(RepositorySettings.fromStored(patched).include()).isEmpty();
    }

    @Test
    void aPatchWithAnInvalidKeyChangesNothingAndNamesIt() throws Exception {
        assertThatThrownBy(() -> RepositorySettings.merge("{'autoScan':false}".replace('\'', '"'), json("{'schedule':'x','other':1}")))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("other"));
        assertThatThrownBy(() -> RepositorySettings.merge("{}", json("[1]")))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("body"));
    }
}
