package dev.debtos.local.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.local.server.ApiTestServer;
import org.junit.jupiter.api.Test;

/** The local runtime answers /api from the route table and every other path from the dashboard, never mixed up. */
class DashboardServedIT {

    @Test
    void apiPathsStayTheApisAndPagesGetTheDashboard() throws Exception {
        try (var api = ApiTestServer.start()) {
            var unknownRoute = api.call("GET", "/api/no-such-route", null, null);
            assertThat(unknownRoute.statusCode()).isEqualTo(404);
            assertThat(unknownRoute.headers().firstValue("Content-Type")).hasValue("application/problem+json");

            var page = api.call("GET", "/repos/some-id/debt?severity=high", null, null);
            assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                    assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'"));
            if (DashboardSite.fromClasspath().built()) {
                assertThat(page.statusCode()).isEqualTo(200);
                assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
                assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache");
                assertThat(page.body()).contains("<div id=\"root\"></div>");
            } else {
                assertThat(page.statusCode()).isEqualTo(404);
                assertThat(page.body()).contains("scripts/setup");
            }
            assertThat(api.call("POST", "/repos", "{}", null).statusCode()).isEqualTo(405);
        }
    }
}
