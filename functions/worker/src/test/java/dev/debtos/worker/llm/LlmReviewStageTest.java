package dev.debtos.worker.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.engine.ProgressListener;
import dev.debtos.engine.analysis.AnalysisOptions;
import dev.debtos.engine.analysis.AnalysisResult;
import dev.debtos.engine.analysis.AnalysisStages;
import dev.debtos.engine.analysis.Analyzer;
import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.platform.config.LlmSettings;
import dev.debtos.platform.config.Secret;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review stage with LangChain4j's real OpenAI and Anthropic clients against a local server speaking their APIs:
 * what is kept and dropped, the cache, the budget and the quota, retries and malformed answers.
 */
class LlmReviewStageTest {
    private static final String SECRET_KEY = "AKIAIOSFODNN7EXAMPLE";

    @TempDir
    Path tree;

    private FakeModelServer server;
    private StubReviewer stub;

    @BeforeEach
    void start() throws IOException {
        stub = new StubReviewer().reportLinesContaining("order.customer().address().city()", "feature_envy");
        server = FakeModelServer.start(stub);
        Files.createDirectories(tree.resolve("src"));
        Files.writeString(tree.resolve("src/Invoice.java"), """
                package shop;

                class Invoice {
                    String shippingLabel(Order order) {
                        String city = order.customer().address().city();
                        String street = order.customer().address().street();
                        return street + ", " + city;
                    }

                    static final String AWS_KEY = "%s";
                    static final String DB_PASSWORD = "password = 'hunter2hunter2'";
                }
                """.formatted(SECRET_KEY));
        Files.writeString(tree.resolve("src/Order.java"), """
                package shop;

                record Order(Customer customer) {
                }
                """);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private LlmSettings settings(LlmSettings.Provider provider, boolean verify) {
        return new LlmSettings(provider, "test-model", Optional.of(URI.create(server.baseUrl())),
                Optional.of(Secret.of("sk-test-not-a-real-key-000")), verify, 1_000_000, Duration.ofSeconds(10), 3, 2);
    }

    /** The review alone: triage is {@code LlmTriageTest}'s. */
    private LlmReviewStage stage(LlmSettings settings, LlmCache cache, LlmUsage usage, int budget) {
        return new LlmReviewStage(LangChainReviewModel.of(settings), cache, usage, budget, settings.dailyTokenQuota(),
                settings.verify(), 0, path -> true);
    }

    private static AnalysisResult analyze(Path root, LlmReviewStage stage) {
        return new Analyzer(AnalysisStages.standardWith(List.of(stage))).analyze(root, AnalysisOptions.defaults(),
                ProgressListener.NONE);
    }

    private static List<Finding> llmFindings(AnalysisResult result) {
        return result.findings().stream().filter(f -> f.source().equals("llm")).toList();
    }

    @Test
    void keepsFindingsTheCodeConfirmsAndDropsFabricatedOnes() {
        stub.alsoReport((sent, findings) -> {
            if (sent.path().endsWith("Invoice.java")) {
                StubReviewer.finding(findings, sent.path(), 4, 6, "code_smell", "this text is nowhere in the file");
                StubReviewer.finding(findings, sent.path(), 900, 901, "code_smell", "String city");
                StubReviewer.finding(findings, "src/Elsewhere.java", 5, 5, "code_smell", "String city");
                StubReviewer.finding(findings, sent.path(), 5, 5, "not_a_type", "String city");
            }
        });
        LlmReviewStage stage = stage(settings(LlmSettings.Provider.OPENAI, false), LlmCache.inMemory(), LlmUsage.inMemory(), 30_000);

        AnalysisResult result = analyze(tree, stage);

        assertThat(llmFindings(result)).singleElement().satisfies(finding -> {
            assertThat(finding.ruleKey()).isEqualTo("DEBT-LLM-FEATURE-ENVY");
            assertThat(finding.type()).isEqualTo(DebtType.FEATURE_ENVY);
            assertThat(finding.path()).isEqualTo("src/Invoice.java");
            assertThat(finding.startLine()).isEqualTo(5);
            assertThat(finding.evidence()).isEqualTo("String city = order.customer().address().city();");
            assertThat(finding.fingerprint()).hasSize(32);
            assertThat(finding.priority()).isPositive(); // scored like every other finding
        });
        LlmSummary summary = stage.summary().orElseThrow();
        assertThat(summary.provider()).isEqualTo("openai");
        assertThat(summary.calls()).isEqualTo(2);
        assertThat(summary.findings()).isEqualTo(1);
        assertThat(summary.dropped()).isEqualTo(4);
        assertThat(summary.tokens()).isPositive();
        assertThat(result.stageMillis()).containsKey("llm");
        // structured output: the JSON schema travels with the request
        assertThat(server.requests().getFirst().body().path("response_format").path("type").asText()).isEqualTo("json_schema");
        assertThat(server.requests().getFirst().headers().get("Authorization")).containsExactly("Bearer sk-test-not-a-real-key-000");
    }

    @Test
    void secretsAreMaskedBeforeAnythingIsSent() {
        analyze(tree, stage(settings(LlmSettings.Provider.OPENAI, false), LlmCache.inMemory(), LlmUsage.inMemory(), 30_000));

        assertThat(server.requests()).isNotEmpty().allSatisfy(request -> {
            assertThat(request.raw()).doesNotContain(SECRET_KEY).doesNotContain("hunter2hunter2");
        });
        assertThat(server.requests()).anySatisfy(request -> assertThat(request.user()).contains(SecretMasker.MASK));
    }

    @Test
    void anUnchangedTreeIsAnsweredFromTheCacheWithoutCalls() {
        LlmCache cache = LlmCache.inMemory();
        LlmReviewStage first = stage(settings(LlmSettings.Provider.OPENAI, true), cache, LlmUsage.inMemory(), 30_000);
        List<Finding> before = llmFindings(analyze(tree, first));
        int calls = server.calls();

        LlmReviewStage again = stage(settings(LlmSettings.Provider.OPENAI, true), cache, LlmUsage.inMemory(), 30_000);
        List<Finding> after = llmFindings(analyze(tree, again));

        assertThat(calls).isEqualTo(3); // two reviews, one critic call for the file with a finding
        assertThat(server.calls()).isEqualTo(calls);
        assertThat(after).isEqualTo(before).hasSize(1);
        assertThat(again.summary().orElseThrow().calls()).isZero();
        assertThat(again.summary().orElseThrow().cachedFiles()).isEqualTo(2);
    }

    @Test
    void theCriticMayRejectValidatedFindings() {
        stub.criticRejectsAll();
        LlmReviewStage stage = stage(settings(LlmSettings.Provider.OPENAI, true), LlmCache.inMemory(), LlmUsage.inMemory(), 30_000);

        AnalysisResult result = analyze(tree, stage);

        assertThat(llmFindings(result)).isEmpty();
        assertThat(stage.summary().orElseThrow().rejected()).isEqualTo(1);
        assertThat(stub.critics).isEqualTo(1);
    }

    @Test
    void theDailyQuotaStopsTheStageAndTheScanCompletes() {
        LlmUsage spent = LlmUsage.inMemory();
        spent.record("openai", "test-model", 999_000, 1_000);
        LlmReviewStage stage = stage(settings(LlmSettings.Provider.OPENAI, false), LlmCache.inMemory(), spent, 30_000);

        AnalysisResult result = analyze(tree, stage);

        assertThat(server.calls()).isZero();
        assertThat(stage.summary().orElseThrow().stopped()).contains("quota");
        assertThat(stage.summary().orElseThrow().warning()).get().asString().contains("LLM_DAILY_TOKEN_QUOTA");
        assertThat(result.score()).isNotNull();
    }

    @Test
    void theScanBudgetLimitsHowManyFilesAreSent() {
        LlmReviewStage stage = stage(settings(LlmSettings.Provider.OPENAI, false), LlmCache.inMemory(), LlmUsage.inMemory(), 1_800);

        analyze(tree, stage);

        assertThat(server.calls()).isEqualTo(1);
        assertThat(stage.summary().orElseThrow().stopped()).contains("budget");
        assertThat(stage.summary().orElseThrow().tokens()).isLessThanOrEqualTo(1_800);
    }

    @Test
    void rateLimitsAndServerErrorsAreRetriedHonouringRetryAfter() {
        server.failNext(429, Map.of("Retry-After", "1"), "{\"error\":{\"message\":\"slow down\"}}");
        server.failNext(503, Map.of(), "{\"error\":{\"message\":\"overloaded\"}}");
        LlmReviewStage stage = stage(settings(LlmSettings.Provider.OPENAI, false), LlmCache.inMemory(), LlmUsage.inMemory(), 30_000);

        AnalysisResult result = analyze(tree, stage);

        assertThat(server.calls()).isEqualTo(4); // 429, 503, then both files answered
        assertThat(stage.summary().orElseThrow().failedCalls()).isZero();
        assertThat(llmFindings(result)).hasSize(1);
    }

    @Test
    void aCallThatKeepsFailingLeavesTheFileUnreviewedNotTheScanFailed() {
        for (int i = 0; i < 3; i++) {
            server.failNext(500, Map.of(), "{\"error\":{\"message\":\"boom\"}}");
        }
        LlmReviewStage stage = stage(settings(LlmSettings.Provider.OPENAI, false), LlmCache.inMemory(), LlmUsage.inMemory(), 30_000);

        AnalysisResult result = analyze(tree, stage);

        assertThat(stage.summary().orElseThrow().failedCalls()).isEqualTo(1);
        assertThat(server.calls()).isEqualTo(4); // three attempts for the first file, one for the second
        assertThat(result.score()).isNotNull();
    }

    @Test
    void aProviderThatIsDownStopsTheStageAfterThreeFailedCalls() throws IOException {
        for (int i = 0; i < 5; i++) {
            Files.writeString(tree.resolve("src/Extra" + i + ".java"), "class Extra" + i + " {\n    int x() {\n        return " + i + ";\n    }\n}\n");
        }
        for (int i = 0; i < 30; i++) {
            server.failNext(503, Map.of("Retry-After", "0"), "{\"error\":{\"message\":\"down\"}}");
        }
        LlmReviewStage stage = stage(settings(LlmSettings.Provider.OPENAI, false), LlmCache.inMemory(), LlmUsage.inMemory(), 30_000);

        AnalysisResult result = analyze(tree, stage);

        assertThat(server.calls()).isEqualTo(9); // three files, three attempts each, then no more
        assertThat(stage.summary().orElseThrow().failedCalls()).isEqualTo(3);
        assertThat(stage.summary().orElseThrow().stopped()).contains("provider unavailable");
        assertThat(result.score()).isNotNull();
    }

    @Test
    void malformedAnswersAreRepairedOrDroppedNeverFatal() {
        server.model((system, user) -> user.contains("Invoice.java")
                ? "Sure! Here is the JSON:\n```json\n{\"findings\": [" + "{\"path\": \"src/Invoice.java\", \"startLine\": 5, "
                        + "\"endLine\": 5, \"type\": \"feature_envy\", \"severity\": \"low\", \"title\": \"Envy\", "
                        + "\"explanation\": \"x\", \"evidence\": \"order.customer().address().city()\", \"suggestion\": \"y\", "
                        + "\"effortMinutes\": 10, \"confidence\": 0.5}]}\n```"
                : "{\"findings\": [ {\"path\": ");
        LlmReviewStage stage = stage(settings(LlmSettings.Provider.OPENAI, false), LlmCache.inMemory(), LlmUsage.inMemory(), 30_000);

        AnalysisResult result = analyze(tree, stage);

        assertThat(llmFindings(result)).hasSize(1);
        assertThat(stage.summary().orElseThrow().malformed()).isEqualTo(1);
    }

    @Test
    void anthropicMessagesApiWorksTheSameWay() {
        LlmReviewStage stage = stage(settings(LlmSettings.Provider.ANTHROPIC, false), LlmCache.inMemory(), LlmUsage.inMemory(), 30_000);

        AnalysisResult result = analyze(tree, stage);

        assertThat(llmFindings(result)).singleElement().extracting(Finding::ruleKey).isEqualTo("DEBT-LLM-FEATURE-ENVY");
        assertThat(server.requests()).allSatisfy(request -> {
            assertThat(request.path()).isEqualTo("/v1/messages");
            assertThat(request.headers().get("X-api-key")).containsExactly("sk-test-not-a-real-key-000");
        });
        // structured output: the JSON schema of the answer travels as Anthropic's output format
        assertThat(server.requests().getFirst().body().path("output_config").path("format").path("type").asText())
                .isEqualTo("json_schema");
        assertThat(server.requests().getFirst().body().path("output_config").path("format").path("schema")
                .path("required").toString()).isEqualTo("[\"findings\"]");
        assertThat(stage.summary().orElseThrow().provider()).isEqualTo("anthropic");
        assertThat(stage.summary().orElseThrow().tokens()).isPositive();
    }
}
