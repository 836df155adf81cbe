package dev.debtos.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Validation of the compute stacks' settings and of the route table file, without synthesis. */
class ComputePropsTest {

    private static final ApiRoute HEALTH = new ApiRoute("GET", "/api/health", "getHealth");

    @Test
    void apiFunctionPropsNameTheMissingOrBadValue() {
        assertThatThrownBy(() -> ApiFunctionProps.builder().functionName("x").build())
                .isInstanceOf(NullPointerException.class).hasMessage("route");
        assertThatThrownBy(() -> ApiFunctionProps.builder().route(HEALTH).build())
                .isInstanceOf(NullPointerException.class).hasMessage("functionName");
        assertThatThrownBy(() -> ApiFunctionProps.builder().route(HEALTH).functionName("debt-os dev").build())
                .hasMessageContaining("functionName");
        assertThatThrownBy(() -> ApiFunctionProps.builder().route(HEALTH).functionName("f").timeoutSeconds(30).build())
                .hasMessageContaining("29");
        assertThatThrownBy(() -> ApiFunctionProps.builder().route(HEALTH).functionName("f").memoryMb(256).build())
                .hasMessageContaining("memoryMb");
        assertThatThrownBy(() -> ApiFunctionProps.builder().route(HEALTH).functionName("f")
                .environment(Map.of("SPRING_CLOUD_FUNCTION_DEFINITION", "other")).build())
                .hasMessageContaining("derives it from the route");
        assertThatThrownBy(() -> ApiFunctionProps.builder().route(HEALTH).functionName("f").build())
                .isInstanceOf(NullPointerException.class).hasMessage("code");
    }

    @Test
    void routesRejectWhatApiGatewayOrLambdaWouldRefuse() {
        assertThatThrownBy(() -> new ApiRoute("TRACE", "/api/health", "getHealth")).hasMessageContaining("method");
        assertThatThrownBy(() -> new ApiRoute("GET", "/api/repos/:id", "getRepo")).hasMessageContaining("path");
        assertThatThrownBy(() -> new ApiRoute("GET", "/api/health", "get-health")).hasMessageContaining("function");
        assertThat(new ApiRoute("GET", "/api/repos/{id}/debt", "getRepoDebt").pascalName()).isEqualTo("GetRepoDebt");
    }

    @Test
    void routesFileReadsEveryRowAndRefusesDuplicates(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("routes.json");
        Files.writeString(file, """
                {"routes":[{"method":"GET","path":"/api/health","function":"getHealth","scope":"none"},
                           {"method":"GET","path":"/api/repos/{id}","function":"getRepo","scope":"read"}]}""");
        assertThat(RoutesFile.read(file)).containsExactly(HEALTH, new ApiRoute("GET", "/api/repos/{id}", "getRepo"));

        Files.writeString(file, """
                {"routes":[{"method":"GET","path":"/api/health","function":"getHealth"},
                           {"method":"GET","path":"/api/other","function":"getHealth"}]}""");
        assertThatThrownBy(() -> RoutesFile.read(file)).hasMessageContaining("getHealth serves two routes");
        Files.writeString(file, """
                {"routes":[{"method":"POST","path":"/api/search","function":"postSearch","body":"required","package":"search"}]}""");
        assertThat(RoutesFile.read(file)).containsExactly(new ApiRoute("POST", "/api/search", "postSearch", "required", "search"));
        assertThat(RoutesFile.read(file).getFirst().carriesModel()).isTrue();
        assertThat(HEALTH.carriesModel()).isFalse();
        assertThatThrownBy(() -> new ApiRoute("GET", "/api/health", "getHealth", "none", "worker"))
                .hasMessageContaining("package");
        Files.writeString(file, "{\"routes\":[]}");
        assertThatThrownBy(() -> RoutesFile.read(file)).hasMessageContaining("no \"routes\" array");
    }

    @Test
    void theCheckoutsRouteTableParses() {
        List<ApiRoute> routes = RoutesFile.read(FunctionAssets.locate().routesFile());
        assertThat(routes).contains(HEALTH);
    }

    @Test
    void workerConcurrencyMustCoverTheEventSourcesConcurrency() {
        assertThatThrownBy(() -> new WorkerSettings(4, 5, 1)).hasMessageContaining("reservedConcurrency");
        assertThatThrownBy(() -> new WorkerSettings(5, 1, 1)).hasMessageContaining("maxConcurrency");
        assertThatThrownBy(() -> new WorkerSettings(5, 5, 11)).hasMessageContaining("batchSize");
        assertThat(WorkerSettings.forEnvironment(EnvironmentConfig.prod())).isEqualTo(new WorkerSettings(20, 20, 1));
    }

    @Test
    void corsOriginsComeFromContextAndAreValidated() {
        assertThat(ApiSettings.forEnvironment(EnvironmentConfig.prod(), null).corsOrigins()).isEmpty();
        ApiSettings given = ApiSettings.forEnvironment(EnvironmentConfig.prod(), "https://app.example.com, https://b.example.com");
        assertThat(given.corsOriginVariable()).isEqualTo("https://app.example.com,https://b.example.com");
        assertThatThrownBy(() -> ApiSettings.forEnvironment(EnvironmentConfig.dev(), "app.example.com"))
                .hasMessageContaining("scheme://host");
    }

    @Test
    void scheduledJobsAreNamedInTheWorkerOpsPackage() {
        assertThat(ScheduledJob.all()).extracting(ScheduledJob::handler).containsExactly(
                "dev.debtos.worker.ops.LeaseReaperHandler::handleRequest",
                "dev.debtos.worker.ops.ScheduledScansHandler::handleRequest",
                "dev.debtos.worker.ops.RetentionHandler::handleRequest");
    }
}
