package dev.debtos.worker.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.debtos.engine.ProgressListener;
import dev.debtos.engine.analysis.AnalysisOptions;
import dev.debtos.engine.analysis.AnalysisResult;
import dev.debtos.engine.analysis.AnalysisStages;
import dev.debtos.engine.analysis.Analyzer;
import dev.debtos.engine.findings.Finding;
import dev.debtos.platform.config.LlmSettings;
import dev.debtos.platform.config.Secret;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Triage of the top rule findings with LangChain4j's real OpenAI client against a local server: a "not actionable"
 * verdict lowers a finding's confidence and priority and keeps the reason, verdicts are cached, triage keeps within
 * its share of the budget, and answers that are not the JSON asked for change nothing and fail nothing.
 */
class LlmTriageTest {
    private static final String SEVEN = "int a, int b, int c, int d, int e, int f, int g";

    @TempDir
    Path tree;

    private FakeModelServer server;
    private StubReviewer stub;

    @BeforeEach
    void start() throws IOException {
        stub = new StubReviewer().notActionableIn("Lookup");
        server = FakeModelServer.start(stub);
        Files.createDirectories(tree.resolve("src"));
        write("src/Lookup.java", "Lookup");
        write("src/Billing.java", "Billing");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void write(String path, String name) throws IOException {
        Files.writeString(tree.resolve(path), """
                package shop;

                class %s {
                    static int total(%s) {
                        return a + b + c + d + e + f + g;
                    }
                }
                """.formatted(name, SEVEN));
    }

    private LlmReviewStage stage(LlmCache cache, int budget, int triageTop) {
        return stage(LlmSettings.Provider.OPENAI, cache, budget, triageTop);
    }

    private LlmReviewStage stage(LlmSettings.Provider provider, LlmCache cache, int budget, int triageTop) {
        LlmSettings settings = new LlmSettings(provider, "test-model",
                Optional.of(URI.create(server.baseUrl())), Optional.of(Secret.of("sk-test-not-a-real-key-000")), false,
                1_000_000, Duration.ofSeconds(10), 2, 2);
        return new LlmReviewStage(LangChainReviewModel.of(settings), cache, LlmUsage.inMemory(), budget,
                settings.dailyTokenQuota(), false, triageTop, path -> true);
    }

    private AnalysisResult analyze(LlmReviewStage stage) {
        return new Analyzer(AnalysisStages.standardWith(List.of(stage))).analyze(tree, AnalysisOptions.defaults(),
                ProgressListener.NONE);
    }

    private static Finding params(AnalysisResult result, String path) {
        return result.findings().stream().filter(f -> f.ruleKey().equals("DEBT-PARAMS-001") && f.path().equals(path))
                .findFirst().orElseThrow();
    }

    private long triageCalls() {
        return server.requests().stream().filter(request -> StubReviewer.isTriage(request.system())).count();
    }

    @Test
    void aNotActionableVerdictLowersConfidenceAndPriorityAndKeepsTheReason() {
        AnalysisResult untriaged = analyze(stage(LlmCache.inMemory(), 30_000, 0));
        LlmReviewStage stage = stage(LlmCache.inMemory(), 30_000, RuleTriage.TOP);

        AnalysisResult result = analyze(stage);

        Finding lowered = params(result, "src/Lookup.java");
        Finding before = params(untriaged, "src/Lookup.java");
        assertThat(lowered.fingerprint()).isEqualTo(before.fingerprint()); // the same ledger item, not a new one
        assertThat(lowered.confidence()).isEqualTo(RuleTriage.NOT_ACTIONABLE);
        assertThat(lowered.priority()).isCloseTo(before.priority() * RuleTriage.NOT_ACTIONABLE, org.assertj.core.data.Offset.offset(0.01));
        assertThat(lowered.evidence()).startsWith(before.evidence())
                .endsWith("Not actionable (triage by test-model): " + StubReviewer.TRIAGE_REASON);
        Finding kept = params(result, "src/Billing.java");
        assertThat(kept.confidence()).isEqualTo(1.0);
        assertThat(kept.priority()).isEqualTo(params(untriaged, "src/Billing.java").priority());
        assertThat(result.findings()).hasSameSizeAs(untriaged.findings()); // lowered, never removed
        assertThat(result.findings().indexOf(kept)).isLessThan(result.findings().indexOf(lowered));
        LlmSummary summary = stage.summary().orElseThrow();
        assertThat(summary.triage().triaged()).isEqualTo(2);
        assertThat(summary.triage().notActionable()).isEqualTo(1);
        assertThat(triageCalls()).isEqualTo(1);
        JsonNode stats = LlmReview.statsJson(summary);
        assertThat(stats.path("triaged").asInt()).isEqualTo(2);
        assertThat(stats.path("notActionable").asInt()).isEqualTo(1);
        // the triage prompt asks for the verdicts' schema and fences the code as data
        FakeModelServer.Request triage = server.requests().stream().filter(r -> StubReviewer.isTriage(r.system())).findFirst().orElseThrow();
        assertThat(triage.body().path("response_format").path("json_schema").path("name").asText()).isEqualTo("debt_triage");
        assertThat(triage.user()).contains("----- BEGIN CODE-").contains("4|     static int total(" + SEVEN + ") {");
    }

    @Test
    void anUnchangedFindingIsJudgedFromTheCacheWithoutACall() {
        LlmCache cache = LlmCache.inMemory();
        AnalysisResult first = analyze(stage(cache, 30_000, RuleTriage.TOP));
        long calls = triageCalls();

        LlmReviewStage again = stage(cache, 30_000, RuleTriage.TOP);
        AnalysisResult second = analyze(again);

        assertThat(calls).isEqualTo(1);
        assertThat(triageCalls()).isEqualTo(calls);
        assertThat(again.summary().orElseThrow().triage().cached()).isEqualTo(2);
        assertThat(again.summary().orElseThrow().triage().notActionable()).isEqualTo(1);
        assertThat(params(second, "src/Lookup.java")).isEqualTo(params(first, "src/Lookup.java"));
    }

    @Test
    void triageSpendsAtMostAThirdOfTheScanBudget() throws IOException {
        for (int i = 0; i < 12; i++) {
            write("src/Extra" + i + ".java", "Extra" + i);
        }
        analyze(stage(LlmCache.inMemory(), 1_000_000, RuleTriage.TOP));
        assertThat(triageCalls()).isEqualTo(2); // 14 findings, 10 to a call
        FakeModelServer.Request firstBatch = server.requests().stream().filter(r -> StubReviewer.isTriage(r.system())).findFirst().orElseThrow();
        // room for the first batch (its prompt, 4 characters a token, and the answer it may take) in a third of the budget
        int firstCost = (firstBatch.system().length() + firstBatch.user().length()) / 4 + 16
                + 100 + TriagePrompt.OUTPUT_TOKENS_PER_FINDING * RuleTriage.BATCH;
        int budget = LlmReviewStage.TRIAGE_BUDGET_DIVISOR * (firstCost + 20);
        server.close();
        server = FakeModelServer.start(stub);

        LlmReviewStage stage = stage(LlmCache.inMemory(), budget, RuleTriage.TOP);
        analyze(stage);

        assertThat(triageCalls()).isEqualTo(1);
        assertThat(stage.summary().orElseThrow().triage().triaged()).isEqualTo(RuleTriage.BATCH);
        assertThat(stage.summary().orElseThrow().tokens()).isLessThanOrEqualTo(budget);
        assertThat(server.requests()).anySatisfy(r -> assertThat(StubReviewer.isTriage(r.system())).isFalse()); // the review goes on
    }

    @Test
    void aFileSizeFindingShowsTheFilesDeclarationsNotItsLicenseHeader() {
        StringBuilder text = new StringBuilder("/*\n * Licensed to the Apache Software Foundation.\n */\npackage shop;\n\n"
                + "import java.util.List;\n\n/** Money. */\npublic final class Money {\n");
        for (int i = 0; i < 40; i++) {
            text.append("    int f").append(i).append("() { return ").append(i).append("; }\n");
        }
        text.append("}\n");
        var source = new dev.debtos.engine.source.SourceFile("src/Money.java", dev.debtos.engine.source.Language.JAVA,
                text.toString().toCharArray());
        Finding wholeFile = new Finding("DEBT-GODCLASS-001", dev.debtos.engine.findings.DebtType.CODE_SMELL,
                dev.debtos.engine.findings.Severity.HIGH, "src/Money.java", 1, 50, "File has 42 lines", "", 60, "fp", 0);
        Finding oneFunction = new Finding("DEBT-PARAMS-001", dev.debtos.engine.findings.DebtType.CODE_SMELL,
                dev.debtos.engine.findings.Severity.LOW, "src/Money.java", 12, 12, "Too many", "", 10, "fp2", 0);

        var file = RuleTriage.lines(source, wholeFile, SecretMasker.forFile("src/Money.java", List.of()));
        var function = RuleTriage.lines(source, oneFunction, SecretMasker.forFile("src/Money.java", List.of()));

        assertThat(file.firstKey()).isEqualTo(9); // after the license, package, imports and the class comment
        assertThat(file.get(9)).isEqualTo("public final class Money {");
        assertThat(file).hasSize(20);
        assertThat(function.keySet()).containsExactly(11, 12, 13);
    }

    @Test
    void anthropicMessagesApiTriagesTheSameWay() {
        LlmReviewStage stage = stage(LlmSettings.Provider.ANTHROPIC, LlmCache.inMemory(), 30_000, RuleTriage.TOP);

        AnalysisResult result = analyze(stage);

        assertThat(params(result, "src/Lookup.java").confidence()).isEqualTo(RuleTriage.NOT_ACTIONABLE);
        assertThat(params(result, "src/Billing.java").confidence()).isEqualTo(1.0);
        FakeModelServer.Request triage = server.requests().stream().filter(r -> StubReviewer.isTriage(r.system())).findFirst().orElseThrow();
        assertThat(triage.path()).isEqualTo("/v1/messages");
        assertThat(triage.body().path("output_config").path("format").path("schema").path("required").toString())
                .isEqualTo("[\"verdicts\"]");
    }

    @Test
    void malformedVerdictsAndUnknownIdsChangeNothingAndFailNothing() {
        server.model((system, user) -> StubReviewer.isTriage(system)
                ? "{\"verdicts\": [{\"id\": \"F9\", \"actionable\": false, \"reason\": \"not sent\"},"
                        + " {\"id\": \"F1\", \"actionable\": \"no\", \"reason\": \"not a boolean\"}, \"F2\"], \"status\": \"resolved\"}"
                : "{\"findings\": []}");
        LlmReviewStage stage = stage(LlmCache.inMemory(), 30_000, RuleTriage.TOP);

        AnalysisResult result = analyze(stage);

        assertThat(result.findings()).allSatisfy(f -> assertThat(f.confidence()).isEqualTo(1.0));
        assertThat(stage.summary().orElseThrow().triage().triaged()).isZero();
        assertThat(result.score()).isNotNull();

        server.model((system, user) -> StubReviewer.isTriage(system) ? "Sure! {\"verdicts\": [ {\"id\": " : "{\"findings\": []}");
        LlmReviewStage garbled = stage(LlmCache.inMemory(), 30_000, RuleTriage.TOP);

        AnalysisResult again = analyze(garbled);

        assertThat(again.findings()).allSatisfy(f -> assertThat(f.confidence()).isEqualTo(1.0));
        assertThat(garbled.summary().orElseThrow().malformed()).isEqualTo(1);
        assertThat(again.score()).isNotNull();
    }
}
