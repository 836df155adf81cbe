package dev.debtos.api.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.debtos.api.SampleEvents;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HealthHandlersTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void healthAnswersOk() throws Exception {
        var response = new GetHealthHandler().apply(SampleEvents.load("get-health.json"));
        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json");
        assertThat(mapper.readTree(response.getBody())).isEqualTo(mapper.readTree("{\"status\":\"ok\"}"));
    }

    @Test
    void databaseHealthReportsTheProbeLatency() throws Exception {
        var response = new GetDatabaseHealthHandler(() -> Duration.ofMillis(7)).apply(SampleEvents.load("get-health-db.json"));
        assertThat(response.getStatusCode()).isEqualTo(200);
        JsonNode body = mapper.readTree(response.getBody());
        assertThat(body.get("status").asText()).isEqualTo("ok");
        assertThat(body.get("latencyMs").asLong()).isEqualTo(7);
    }

    @Test
    void databaseDownIsA503ProblemThatEchoesNoSqlOrSecret() throws Exception {
        var handler = new GetDatabaseHealthHandler(() -> {
            throw new SQLException("FATAL: password authentication failed for user \"debt_os\" password=hunter2hunter2 "
                    + "in SELECT secret FROM users", "28P01");
        });
        var response = handler.apply(SampleEvents.load("get-health-db.json"));
        assertThat(response.getStatusCode()).isEqualTo(503);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/problem+json");
        JsonNode problem = mapper.readTree(response.getBody());
        assertThat(problem.get("type").asText()).isEqualTo("urn:debt-os:problem:dependency-unavailable");
        assertThat(problem.get("title").asText()).isEqualTo("Service Unavailable");
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("detail").asText()).isEqualTo("PostgreSQL is unreachable");
        assertThat(problem.get("instance").asText()).isEqualTo("/api/health/db");
        assertThat(problem.get("requestId").asText()).isEqualTo("0d2e7f55-1c1b-4d0e-9a3f-1a2b3c4d5e6f");
        assertThat(response.getBody()).doesNotContain("hunter2", "SELECT", "28P01", "at dev.");
    }

    @Test
    void redisHealthIsOkOrA503Problem() throws Exception {
        var ok = new GetRedisHealthHandler(() -> Duration.ofMillis(1)).apply(SampleEvents.load("get-health-redis.json"));
        assertThat(ok.getStatusCode()).isEqualTo(200);
        assertThat(mapper.readTree(ok.getBody()).get("latencyMs").asLong()).isEqualTo(1);

        var down = new GetRedisHealthHandler((DependencyProbe) () -> {
            throw new IllegalStateException("Unable to connect to redis://:s3cret@127.0.0.1:1");
        }).apply(SampleEvents.load("get-health-redis.json"));
        assertThat(down.getStatusCode()).isEqualTo(503);
        assertThat(mapper.readTree(down.getBody()).get("detail").asText()).isEqualTo("Redis is unreachable");
        assertThat(down.getBody()).doesNotContain("s3cret");
    }
}
