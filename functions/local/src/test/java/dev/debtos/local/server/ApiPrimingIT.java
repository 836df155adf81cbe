package dev.debtos.local.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.debtos.api.ApiDependencies;
import dev.debtos.api.ApiFunctions;
import dev.debtos.api.ApiPriming;
import dev.debtos.platform.config.AppConfig;
import dev.debtos.platform.config.SecretSource;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Priming before the local runtime answers: it opens the pool's connections, runs every step, and leaves nothing
 * behind: no row in any table, no Redis key, no cached document, so the answers a user then gets are the same as
 * without it. Against a database that is down it gives up after the connections, without stopping the start.
 */
class ApiPrimingIT {

    @Test
    void primingRunsEveryStepKeepsTheConnectionsOpenAndWritesNothing() throws Exception {
        try (var api = ApiTestServer.start()) {
            String alice = api.login("alice");
            var fixtures = new LedgerFixtures(api.dataSource());
            UUID repository = fixtures.repository(fixtures.userId("alice"), "alice/primed");
            fixtures.seed(repository);
            Map<String, Long> rowsBefore = rowsPerTable(api.dataSource());
            Set<String> keysBefore = keys(api);

            ApiPriming.Report report = new ApiFunctions(api.runtimeDependencies()).prime(3);

            assertThat(report.completed()).containsOnlyKeys("connections", "health", "authentication", "dashboard reads");
            assertThat(report.failed()).isEmpty();
            assertThat(rowsPerTable(api.dataSource())).as("no row written, changed away or deleted").isEqualTo(rowsBefore);
            assertThat(keysBefore).as("no Redis key written").containsAll(keys(api));
            // the runtime's own start primed as well: its pool keeps the connections the dashboard's first page needs
            var pool = (HikariDataSource) api.runtimeDependencies().database();
            assertThat(pool.getHikariPoolMXBean().getTotalConnections()).isGreaterThanOrEqualTo(LocalRuntime.PRIMED_CONNECTIONS);

            // nothing was cached for anyone: the overview's documents are still computed on the first read
            for (String path : List.of("/summary", "/debt/trends?days=90", "/debt/hotspots?limit=50", "/debt")) {
                HttpResponse<String> response = api.call("GET", "/api/repos/" + repository + path, null, alice);
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                assertThat(response.headers().firstValue("X-Cache")).as(path).hasValue("miss");
            }
        }
    }

    @Test
    void aDatabaseThatIsDownStopsPrimingAfterTheConnections() {
        AppConfig down = AppConfig.load(Map.of(
                "DATABASE_URL", "postgresql://debt_os:debt_os@127.0.0.1:1/debt_os",
                "REDIS_HOST", "127.0.0.1", "REDIS_PORT", "1"), SecretSource.NONE);
        try (var dependencies = ApiDependencies.connectLazily(down, "debt-os-it-" + UUID.randomUUID() + ":")) {
            ApiPriming.Report report = new ApiFunctions(dependencies).prime(1);
            assertThat(report.failed()).containsExactly("connections");
            assertThat(report.completed()).isEmpty();
        }
    }

    /** Rows of every table of the schema, by table name. */
    private static Map<String, Long> rowsPerTable(DataSource dataSource) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet names = connection.createStatement().executeQuery(
                    "SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1")) {
                while (names.next()) {
                    tables.add(names.getString(1));
                }
            }
            assertThat(tables).contains("users", "repositories", "debt_items", "debt_item_events", "audit_log");
            for (String table : tables) {
                try (ResultSet count = connection.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
                    count.next();
                    rows.put(table, count.getLong(1));
                }
            }
        }
        return rows;
    }

    private static Set<String> keys(ApiTestServer api) {
        return new TreeSet<>(api.runtimeDependencies().redis().get().commands().keys(api.redisPrefix() + "*"));
    }
}
