package dev.debtos.api.debt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.debtos.api.SampleEvents;
import dev.debtos.api.http.InvalidInputException;
import dev.debtos.api.http.RequestParameters;
import dev.debtos.api.route.RouteMatch;
import dev.debtos.api.route.RouteTable;
import dev.debtos.platform.ledger.DebtListQuery;
import dev.debtos.platform.ledger.PathGlob;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sample events of the debt, embedding and audit routes reach their functions and parse as documented. */
class DebtSampleEventsTest {
    private static final Map<String, String> FUNCTIONS = Map.ofEntries(
            Map.entry("get-repo-debt.json", "getRepositoryDebt"), Map.entry("get-debt-hotspots.json", "getDebtHotspots"),
            Map.entry("get-debt-trends.json", "getDebtTrends"), Map.entry("get-repo-summary.json", "getRepositorySummary"),
            Map.entry("get-debt-item.json", "getDebtItem"), Map.entry("patch-debt-item.json", "patchDebtItem"),
            Map.entry("post-debt-feedback.json", "postDebtFeedback"), Map.entry("post-embeddings-search.json", "postEmbeddingSearch"),
            Map.entry("get-embeddings-status.json", "getEmbeddingStatus"), Map.entry("get-embeddings-stats.json", "getEmbeddingStats"),
            Map.entry("get-audit.json", "getAuditLog"));

    @Test
    void everySampleEventMatchesItsRoute() {
        RouteTable routes = RouteTable.standard();
        FUNCTIONS.forEach((file, function) -> {
            var event = SampleEvents.load(file);
            var match = routes.match(event.getHttpMethod(), event.getPath());
            assertThat(match).as(file).isInstanceOf(RouteMatch.Found.class);
            var found = (RouteMatch.Found) match;
            assertThat(found.route().function()).as(file).isEqualTo(function);
            assertThat(found.route().path()).as(file).isEqualTo(event.getResource());
        });
    }

    @Test
    void theAreasRoutesAndScopes() {
        assertThat(RouteTable.standard().routes()).extracting(r -> r.method() + " " + r.path() + " " + r.scope().wireName())
                .containsSubsequence("GET /api/repos/{id}/debt read", "GET /api/repos/{id}/debt/hotspots read",
                        "GET /api/repos/{id}/debt/trends read", "GET /api/repos/{id}/summary read", "GET /api/debt/{id} read",
                        "PATCH /api/debt/{id} write", "POST /api/debt/{id}/feedback write", "POST /api/embeddings/search read",
                        "GET /api/embeddings/status read", "GET /api/embeddings/stats/{repoId} read", "GET /api/audit admin");
    }

    @Test
    void theListEventParsesIntoItsQuery() {
        DebtListQuery query = GetRepositoryDebtHandler.query(SampleEvents.load("get-repo-debt.json"));
        assertThat(query.severities()).containsExactly("critical", "high");
        assertThat(query.statuses()).containsExactly("open", "acknowledged");
        assertThat(query.types()).containsExactly("complexity");
        assertThat(query.path()).contains(PathGlob.parse("src/**/*.java"));
        assertThat(query.text()).contains("parser");
        assertThat(query.sort()).isEqualTo(DebtListQuery.Sort.EFFORT);
        assertThat(query.descending()).isFalse();
        assertThat(query.limit()).isEqualTo(25);
        assertThat(query.offset()).isEqualTo(50);
    }

    @Test
    void defaultsAndRefusals() {
        var plain = SampleEvents.load("get-repo-summary.json");
        DebtListQuery defaults = GetRepositoryDebtHandler.query(plain);
        assertThat(defaults.sort()).isEqualTo(DebtListQuery.Sort.PRIORITY);
        assertThat(defaults.descending()).isTrue();
        assertThat(List.of(defaults.limit(), defaults.offset())).containsExactly(50, 0);
        assertThat(defaults.types()).isEmpty();

        var event = SampleEvents.load("get-repo-debt.json");
        event.getMultiValueQueryStringParameters().put("severity", List.of("high", "urgent"));
        assertThatThrownBy(() -> GetRepositoryDebtHandler.query(event)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("severity");
        var trends = SampleEvents.load("get-debt-trends.json");
        assertThat(RequestParameters.integer(trends, "days", 1, 365, 30)).isEqualTo(90);
        trends.getMultiValueQueryStringParameters().put("days", List.of("0"));
        assertThatThrownBy(() -> RequestParameters.integer(trends, "days", 1, 365, 30)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("days:");
        var item = SampleEvents.load("get-debt-item.json");
        item.getPathParameters().put("id", "not-a-uuid");
        assertThatThrownBy(() -> RequestParameters.pathId(item, "id")).hasMessageStartingWith("id:");
    }
}
