package dev.debtos.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.debtos.api.http.ApiFunction;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.CorsPolicy;
import dev.debtos.api.route.RouteTable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The router and the response envelope, driven by the sample events: 404/405 problems, headers, CORS, failures. */
class ApiRouterTest {
    private final ObjectMapper mapper = new ObjectMapper();
    private final CorsPolicy cors = new CorsPolicy(List.of("http://localhost:5173"));

    private Function<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> router(
            Function<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> health) {
        Map<String, Function<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>> handlers = new HashMap<>();
        RouteTable.standard().routes().forEach(r -> handlers.put(r.function(), request -> ApiResponses.json(200, Map.of("route", r.function()))));
        handlers.put("getHealth", health);
        return new ApiFunction(new ApiRouter(RouteTable.standard(), handlers, cors), cors);
    }

    @Test
    void dispatchesByTheRouteTableAndAddsSecurityHeadersAndCors() throws Exception {
        var response = router(request -> ApiResponses.json(200, Map.of("status", "ok"))).apply(SampleEvents.load("get-health.json"));
        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getHeaders())
                .containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("Referrer-Policy", "no-referrer")
                .containsEntry("Cache-Control", "no-store")
                .containsEntry("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .containsEntry("Access-Control-Allow-Origin", "http://localhost:5173")
                .containsEntry("X-Request-Id", "c6af9ac6-7b61-11e6-9a41-93e8deadbeef")
                .containsKey("Strict-Transport-Security");
    }

    @Test
    void unknownPathIsA404Problem() throws Exception {
        var response = router(r -> null).apply(SampleEvents.load("unknown-path.json"));
        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/problem+json")
                .containsEntry("X-Content-Type-Options", "nosniff").doesNotContainKey("Access-Control-Allow-Origin");
        JsonNode problem = mapper.readTree(response.getBody());
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("instance").asText()).isEqualTo("/api/no-such-route");
        assertThat(problem.get("requestId").asText()).isEqualTo("3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b");
    }

    @Test
    void wrongMethodIsA405ProblemWithAllow() throws Exception {
        var response = router(r -> null).apply(SampleEvents.load("wrong-method.json"));
        assertThat(response.getStatusCode()).isEqualTo(405);
        assertThat(response.getHeaders()).containsEntry("Allow", "GET");
        assertThat(mapper.readTree(response.getBody()).get("title").asText()).isEqualTo("Method Not Allowed");
    }

    @Test
    void preflightIsAnsweredForAllowedOriginsOnly() {
        APIGatewayProxyRequestEvent allowed = SampleEvents.load("get-health.json").withHttpMethod("OPTIONS");
        var ok = router(r -> null).apply(allowed);
        assertThat(ok.getStatusCode()).isEqualTo(204);
        assertThat(ok.getHeaders()).containsEntry("Access-Control-Allow-Origin", "http://localhost:5173")
                .containsEntry("Access-Control-Allow-Methods", "GET, OPTIONS");

        APIGatewayProxyRequestEvent denied = SampleEvents.load("get-health.json").withHttpMethod("OPTIONS");
        denied.getHeaders().put("Origin", "https://evil.example");
        var refused = router(r -> null).apply(denied);
        assertThat(refused.getStatusCode()).isEqualTo(403);
        assertThat(refused.getHeaders()).doesNotContainKey("Access-Control-Allow-Origin");
    }

    @Test
    void aHandlerExceptionBecomesA500ProblemWithoutItsMessageAndAGeneratedRequestId() throws Exception {
        APIGatewayProxyRequestEvent request = SampleEvents.load("get-health.json");
        request.setRequestContext(null);
        var response = router(r -> {
            throw new IllegalStateException("SELECT * FROM api_keys WHERE secret='topsecretvalue'");
        }).apply(request);
        assertThat(response.getStatusCode()).isEqualTo(500);
        assertThat(response.getBody()).doesNotContain("SELECT", "topsecretvalue", "IllegalStateException");
        String requestId = mapper.readTree(response.getBody()).get("requestId").asText();
        assertThat(requestId).matches("[0-9a-f-]{36}");
        assertThat(response.getHeaders()).containsEntry("X-Request-Id", requestId);
    }
}
