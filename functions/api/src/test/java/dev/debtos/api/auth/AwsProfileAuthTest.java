package dev.debtos.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.debtos.api.ApiDependencies;
import dev.debtos.api.ApiFunctions;
import dev.debtos.api.SampleEvents;
import dev.debtos.platform.auth.JwtService;
import dev.debtos.platform.auth.Scope;
import dev.debtos.platform.config.AppConfig;
import dev.debtos.platform.config.Secret;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import dev.debtos.platform.config.Profile;
import dev.debtos.platform.config.SecretSource;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The AWS profile with PostgreSQL and Redis unreachable (port 1): the local login does not exist there whatever
 * the environment says, and the auth routes answer from the samples in events/api without a 5xx other than
 * "cannot check the credential".
 */
class AwsProfileAuthTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "aws-profile-test-secret-0123456789abcdef0123";
    private ApiDependencies dependencies;

    private ApiFunctions aws(String... extra) {
        Map<String, String> env = new HashMap<>(Map.of("DEBT_OS_PROFILE", "aws",
                "JWT_SECRET", SECRET,
                "DATABASE_URL", "postgresql://app:pw-12345@127.0.0.1:1/debt_os",
                "REDIS_HOST", "127.0.0.1", "REDIS_PORT", "1"));
        for (int i = 0; i < extra.length; i += 2) {
            env.put(extra[i], extra[i + 1]);
        }
        AppConfig config = AppConfig.load(env, SecretSource.NONE);
        assertThat(config.profile()).isEqualTo(Profile.AWS);
        dependencies = ApiDependencies.connectLazily(config);
        return new ApiFunctions(dependencies);
    }

    @AfterEach
    void close() {
        if (dependencies != null) {
            dependencies.close();
        }
    }

    @Test
    void localLoginIsA404InTheAwsProfileEvenWhenAskedToEnableIt() throws Exception {
        ApiFunctions functions = aws("DEBT_OS_LOCAL_LOGIN", "true", "LOCAL_LOGIN", "enabled", "NODE_ENV", "development");
        for (String function : new String[] {"postLocalLogin", ApiFunctions.ROUTER}) {
            var response = functions.function(function).apply(SampleEvents.load("post-auth-local.json"));
            assertThat(response.getStatusCode()).as(function).isEqualTo(404);
            assertThat(response.getBody()).doesNotContain("token");
            assertThat(JSON.readTree(response.getBody()).get("detail").asText()).isEqualTo("no route matches this path");
        }
    }

    @Test
    void protectedSamplesWithAnInvalidTokenAre401WhileRedisAndTheDatabaseAreDown() {
        ApiFunctions functions = aws();
        for (String sample : new String[] {"get-auth-me.json", "post-auth-logout.json", "post-api-key.json", "delete-api-key.json"}) {
            var response = functions.function(ApiFunctions.ROUTER).apply(SampleEvents.load(sample));
            assertThat(response.getStatusCode()).as(sample + ": " + response.getBody()).isEqualTo(401);
            assertThat(response.getHeaders()).containsEntry("Content-Type", "application/problem+json");
            assertThat(response.getBody()).doesNotContain("eyJ");
        }
    }

    @Test
    void aValidTokenWhoseRevocationCannotBeCheckedIsA503FailClosed() {
        ApiFunctions functions = aws();
        String token = new JwtService(Secret.of(SECRET), Duration.ofHours(1), Clock.systemUTC())
                .issue(UUID.randomUUID(), Set.of(Scope.READ)).token();
        var request = SampleEvents.load("get-auth-me.json");
        request.getHeaders().put("Authorization", "Bearer " + token);
        var response = functions.function("getMe").apply(request);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(503);
        assertThat(response.getBody()).doesNotContain(token);
    }

    @Test
    void anApiKeyThatCannotBeCheckedIsA503NotA401() {
        var response = aws().function("getApiKeys").apply(SampleEvents.load("get-api-keys.json"));
        assertThat(response.getStatusCode()).isEqualTo(503);
        assertThat(response.getBody()).doesNotContain("dos_0123456789ab_A");
    }
}
