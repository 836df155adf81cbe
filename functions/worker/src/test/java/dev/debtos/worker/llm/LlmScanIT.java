package dev.debtos.worker.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.debtos.platform.config.LlmSettings;
import dev.debtos.platform.config.Secret;
import dev.debtos.platform.json.Json;
import dev.debtos.platform.scan.Scan;
import dev.debtos.worker.ScanAnalyzer;
import dev.debtos.worker.ScanFixture;
import dev.debtos.worker.ScanOutcome;
import dev.debtos.worker.ScanPipeline;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ledger scans with the LLM review (LangChain4j's OpenAI client against a local server): validated findings reach the
 * ledger with their rule key, calls are recorded in llm_usage and answers in llm_cache, a rescan after a change
 * sends only the changed file, an unchanged rescan sends nothing, and without a provider the scan says so.
 */
class LlmScanIT {
    private static final Duration LEASE = Duration.ofMinutes(1);

    @TempDir
    Path dir;
    private ScanFixture fixture;
    private FakeModelServer server;

    @BeforeEach
    void start() throws Exception {
        fixture = ScanFixture.create();
        server = FakeModelServer.start(new StubReviewer().reportLinesContaining("return 0;", "dead_code")
                .notActionableIn("Pricing"));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        fixture.close();
    }

    private ScanPipeline pipeline(LlmSettings settings) {
        ScanAnalyzer analyzer = ScanAnalyzer.engine(LlmReview.configured(settings, fixture.dataSource));
        return new ScanPipeline(fixture.ports("w", analyzer, LEASE));
    }

    private LlmSettings openAi() {
        return new LlmSettings(LlmSettings.Provider.OPENAI, "stub-model", Optional.of(URI.create(server.baseUrl())),
                Optional.of(Secret.of("sk-test-000000000000000000")), true, 1_000_000, Duration.ofSeconds(10), 2, 2);
    }

    @Test
    void validatedFindingsReachTheLedgerAndRescansPayOnlyForChangedFiles() throws Exception {
        Path repo = ScanFixture.gitRepository(dir.resolve("shop"));
        ScanPipeline pipeline = pipeline(openAi());

        Scan first = scan(pipeline, repo);

        JsonNode llm = stats(first.id()).path("llm");
        assertThat(llm.path("provider").asText()).isEqualTo("openai");
        assertThat(llm.path("model").asText()).isEqualTo("stub-model");
        assertThat(llm.path("calls").asInt()).isEqualTo(4); // one triage call, Pricing and Cart reviewed, a critic call for Cart
        assertThat(llm.path("findings").asInt()).isEqualTo(1);
        assertThat(llm.path("tokens").asLong()).isPositive().isEqualTo(stats(first.id()).path("tokens").asLong());
        assertThat(strings("SELECT rule_key || ' ' || type || ' ' || path || ':' || start_line FROM debt_items"
                + " WHERE rule_key LIKE 'DEBT-LLM-%'", null))
                .containsExactly("DEBT-LLM-DEAD-CODE dead_code src/main/java/shop/Cart.java:6");
        assertThat(count("SELECT count(*) FROM llm_usage WHERE scan_id = ?", first.id())).isEqualTo(4);
        assertThat(count("SELECT sum(prompt_tokens + completion_tokens) FROM llm_usage WHERE scan_id = ?", first.id()))
                .isEqualTo(llm.path("tokens").asLong());
        assertThat(count("SELECT count(*) FROM llm_cache WHERE model = 'stub-model' AND prompt_version = 'review-1'", null))
                .isEqualTo(2);
        // triage: Pricing's findings judged not actionable are lowered in the ledger with the reason, Cart's stay
        assertThat(llm.path("triaged").asInt()).isEqualTo(count("SELECT count(*) FROM llm_cache WHERE prompt_version = 'triage-1'", null));
        assertThat(llm.path("notActionable").asInt()).isPositive();
        assertThat(strings("SELECT DISTINCT confidence || ' ' || (evidence LIKE '%Not actionable (triage by stub-model): "
                + StubReviewer.TRIAGE_REASON + "') FROM debt_items WHERE path LIKE '%Pricing.java' AND status = 'open'", null))
                .containsExactly("0.2 true");
        assertThat(strings("SELECT DISTINCT confidence::text FROM debt_items WHERE path LIKE '%Cart.java'", null)).containsExactly("1");

        ScanFixture.commit(repo, ScanFixture.PRICING, ScanFixture.SIMPLE_PRICING);
        Scan changed = scan(pipeline, repo);

        JsonNode again = stats(changed.id()).path("llm");
        assertThat(again.path("calls").asInt()).isEqualTo(1); // only the changed Pricing
        assertThat(again.path("cachedFiles").asInt()).isEqualTo(1);
        assertThat(strings("SELECT status FROM debt_items WHERE rule_key LIKE 'DEBT-LLM-%'", null)).containsExactly("open");

        int calls = server.calls();
        Scan unchanged = scan(pipeline, repo);

        assertThat(server.calls()).isEqualTo(calls);
        assertThat(stats(unchanged.id()).path("tokens").asLong()).isZero();
        assertThat(stats(unchanged.id()).path("llm").path("calls").asInt()).isZero();
        assertThat(count("SELECT count(*) FROM llm_usage WHERE scan_id = ?", unchanged.id())).isZero();
    }

    @Test
    void withoutAProviderTheStageIsSkippedAndTheScanSaysSo() throws Exception {
        Path repo = ScanFixture.gitRepository(dir.resolve("shop"));

        Scan scan = scan(pipeline(LlmSettings.NONE), repo);

        JsonNode llm = stats(scan.id()).path("llm");
        assertThat(llm.path("provider").asText()).isEqualTo("none");
        assertThat(llm.path("skipped").asText()).contains("no LLM provider");
        assertThat(stats(scan.id()).path("findings").asInt()).isPositive();
        assertThat(server.calls()).isZero();
    }

    @Test
    void aRepositoryWithATokenBudgetOfZeroIsNeverSent() throws Exception {
        Path repo = ScanFixture.gitRepository(dir.resolve("shop"));
        Scan queued = fixture.queue(repo);
        fixture.update("UPDATE repositories SET settings = '{\"llmTokenBudget\": 0}' WHERE id = ?", queued.repositoryId());

        assertThat(pipeline(openAi()).run(queued.id(), 1)).isEqualTo(ScanOutcome.COMPLETED);

        assertThat(stats(queued.id()).path("llm").path("skipped").asText()).contains("llmTokenBudget is 0");
        assertThat(server.calls()).isZero();
    }

    @Test
    void aRepositoryWithLlmOffIsNeverSent() throws Exception {
        Path repo = ScanFixture.gitRepository(dir.resolve("shop"));
        Scan queued = fixture.queue(repo);
        fixture.update("UPDATE repositories SET settings = '{\"llm\": \"off\"}' WHERE id = ?", queued.repositoryId());

        assertThat(pipeline(openAi()).run(queued.id(), 1)).isEqualTo(ScanOutcome.COMPLETED);

        assertThat(stats(queued.id()).path("llm").path("skipped").asText()).contains("llm: off");
        assertThat(server.calls()).isZero();
    }

    private Scan scan(ScanPipeline pipeline, Path repo) throws Exception {
        Scan scan = fixture.queue(repo);
        assertThat(pipeline.run(scan.id(), 1)).isEqualTo(ScanOutcome.COMPLETED);
        return fixture.scans.find(scan.id()).orElseThrow();
    }

    private JsonNode stats(UUID scanId) throws Exception {
        return Json.mapper().readTree(strings("SELECT stats::text FROM scans WHERE id = ?", scanId).getFirst());
    }

    private long count(String sql, UUID parameter) throws Exception {
        return Long.parseLong(strings(sql, parameter).getFirst());
    }

    private List<String> strings(String sql, UUID parameter) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = fixture.dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setObject(1, parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }
}
