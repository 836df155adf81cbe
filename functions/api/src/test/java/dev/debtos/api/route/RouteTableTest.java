package dev.debtos.api.route;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.debtos.api.route.TestRoutes.route;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTableTest {
    private final RouteTable table = new RouteTable(List.of(
            route("GET", "/api/repos/{id}", "getRepository", Access.READ, 200, 404),
            route("DELETE", "/api/repos/{id}", "deleteRepository", Access.WRITE, 204, 404),
            route("GET", "/api/health", "getHealth", Access.HEALTH, 200)));

    @Test
    void matchesTemplatesAndExtractsPathParameters() {
        RouteMatch match = table.match("DELETE", "/api/repos/42");
        assertThat(match).isInstanceOfSatisfying(RouteMatch.Found.class, found -> {
            assertThat(found.route().function()).isEqualTo("deleteRepository");
            assertThat(found.pathParameters()).isEqualTo(Map.of("id", "42"));
        });
    }

    @Test
    void aKnownPathWithAnotherMethodListsTheAllowedOnes() {
        assertThat(table.match("PUT", "/api/repos/42")).isEqualTo(new RouteMatch.MethodNotAllowed(List.of("GET", "DELETE")));
        assertThat(table.match("POST", "/api/health")).isEqualTo(new RouteMatch.MethodNotAllowed(List.of("GET")));
    }

    @Test
    void unknownPathsTrailingSlashesAndEmptyParametersMatchNothing() {
        assertThat(table.match("GET", "/api/nothing")).isEqualTo(new RouteMatch.NotFound());
        assertThat(table.match("GET", "/api/health/")).isEqualTo(new RouteMatch.NotFound());
        assertThat(table.match("GET", "/api/repos/")).isEqualTo(new RouteMatch.NotFound());
        assertThat(table.match("GET", "/api/repos/1/extra")).isEqualTo(new RouteMatch.NotFound());
    }

    @Test
    void duplicateRoutesAndMalformedRoutesAreRejected() {
        Route health = route("GET", "/api/health", "getHealth", Access.HEALTH, 200);
        assertThatThrownBy(() -> new RouteTable(List.of(health, health))).hasMessageContaining("duplicate");
        assertThatThrownBy(() -> route("GET", "/health", "getHealth", Access.HEALTH, 200))
                .hasMessageContaining("/api/");
        assertThatThrownBy(() -> route("TRACE", "/api/x", "x", Access.HEALTH, 200))
                .hasMessageContaining("TRACE");
        assertThatThrownBy(() -> route("GET", "/api/x", "x", Access.HEALTH))
                .hasMessageContaining("at least one success answer");
    }

    @Test
    void theStandardTableStartsWithTheHealthOpenApiAuthAndApiKeyRoutes() {
        // the areas (OAuth, repositories, scans, ...) follow the core routes; each area's tests check its own
        assertThat(RouteTable.standard().routes()).extracting(r -> r.method() + " " + r.path() + " " + r.scope().wireName())
                .startsWith(
                        "GET /api/health none", "GET /api/health/db none", "GET /api/health/redis none",
                        "GET /api/openapi.json none", "POST /api/auth/local none", "GET /api/auth/me read",
                        "POST /api/auth/logout read", "POST /api/api-keys admin", "GET /api/api-keys read",
                        "DELETE /api/api-keys/{id} admin");
    }

    @Test
    void theRepositoryAndScanRoutesWithTheirScopes() {
        assertThat(RouteTable.standard().routes()).extracting(r -> r.method() + " " + r.path() + " " + r.scope().wireName())
                .containsSubsequence(
                        "POST /api/repos write", "GET /api/repos read", "GET /api/repos/{id} read",
                        "PATCH /api/repos/{id}/settings write", "DELETE /api/repos/{id} admin", "POST /api/repos/{id}/sync write",
                        "POST /api/repos/{id}/scans write", "GET /api/repos/{id}/scans read", "GET /api/scans/{id} read",
                        "GET /api/scans/{id}/results read", "DELETE /api/scans/{id} write", "GET /api/scans/{id}/sarif read");
    }

    @Test
    void everyRouteDeclaresItsKindAndOnlyAuthenticatedRoutesNeedAScope() {
        var routes = RouteTable.standard().routes();
        assertThat(routes).filteredOn(r -> r.access() == Access.HEALTH).extracting(Route::path)
                .containsExactly("/api/health", "/api/health/db", "/api/health/redis");
        assertThat(routes).filteredOn(r -> r.access() == Access.WEBHOOK).extracting(Route::path)
                .containsExactly("/api/webhooks/github", "/api/webhooks/gitlab");
        assertThat(routes).filteredOn(r -> r.access() == Access.PUBLIC).extracting(Route::function)
                .containsExactlyInAnyOrder("getOpenApi", "postLocalLogin", "getSignInOptions", "getGithubLogin", "getGithubCallback",
                        "getGitlabLogin", "getGitlabCallback", "postAuthToken");
        assertThat(routes).allSatisfy(r -> assertThat(r.access().authenticated()).isEqualTo(r.scope() != AuthScope.NONE));
        assertThat(routes).filteredOn(r -> r.access().authenticated()).extracting(r -> r.access().kind()).containsOnly("authenticated");
    }
}
