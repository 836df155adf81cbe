package dev.debtos.local.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The served OpenAPI document through the ecosystem's own tools: Redocly CLI lints it with
 * {@code scripts/lib/node-tools/redocly.yaml} (no error, and only the warnings that file justifies), and
 * openapi-typescript generates types from it against which a small openapi-fetch client
 * ({@code scripts/lib/node-tools/typed-client/client.ts}: list repositories, filter debt, patch an item) compiles with
 * {@code tsc --noEmit}. Skipped where {@code scripts/setup} has not installed the tools.
 */
class OpenApiToolsIT {
    /** The warnings redocly.yaml keeps, by rule and place: health routes have no 4xx, OAuth redirects no 2xx. */
    private static final Set<String> JUSTIFIED = Set.of(
            "operation-4xx-response #/paths/~1api~1health/get/responses",
            "operation-4xx-response #/paths/~1api~1health~1db/get/responses",
            "operation-4xx-response #/paths/~1api~1health~1redis/get/responses",
            "operation-2xx-response #/paths/~1api~1auth~1github/get/responses",
            "operation-2xx-response #/paths/~1api~1auth~1github~1callback/get/responses",
            "operation-2xx-response #/paths/~1api~1auth~1gitlab/get/responses",
            "operation-2xx-response #/paths/~1api~1auth~1gitlab~1callback/get/responses");

    @TempDir
    static Path work;
    private static ApiTestServer api;
    private static Path document;

    @BeforeAll
    static void serveTheDocument() throws Exception {
        api = ApiTestServer.start();
        var served = api.call("GET", "/api/openapi.json", null, null);
        assertThat(served.statusCode()).isEqualTo(200);
        document = Files.writeString(work.resolve("openapi.json"), served.body());
    }

    @AfterAll
    static void stop() throws Exception {
        if (api != null) {
            api.close();
        }
    }

    @Test
    void redoclyFindsNoErrorAndOnlyTheJustifiedWarnings() throws Exception {
        NodeTools.assumeInstalled("redocly");
        var lint = NodeTools.run("redocly", "lint", "--config", NodeTools.HOME.resolve("redocly.yaml").toString(),
                "--format=json", document.toString());
        JsonNode report = ApiTestServer.JSON.readTree(lint.output().substring(lint.output().indexOf('{')));
        Set<String> warnings = new TreeSet<>();
        for (JsonNode problem : report.get("problems")) {
            assertThat(problem.get("severity").asText()).as(problem.toString()).isEqualTo("warn");
            warnings.add(problem.get("ruleId").asText() + " " + problem.at("/location/0/pointer").asText());
        }
        assertThat(report.at("/totals/errors").asInt()).isZero();
        assertThat(warnings).as("warnings redocly.yaml does not justify").isSubsetOf(JUSTIFIED);
        assertThat(warnings).as("justified warnings that no longer occur: drop them from redocly.yaml").isEqualTo(JUSTIFIED);
        assertThat(lint.exitCode()).as(lint.output()).isZero();
    }

    @Test
    void aTypedClientOfListFilterAndPatchCompilesAgainstTheGeneratedTypes() throws Exception {
        NodeTools.assumeInstalled("openapi-typescript");
        NodeTools.assumeInstalled("tsc");
        Path types = work.resolve("api.d.ts");
        var generated = NodeTools.run("openapi-typescript", document.toString(), "-o", types.toString());
        assertThat(generated.exitCode()).as(generated.output()).isZero();
        assertThat(Files.readString(types)).contains("getRepositoryDebt", "DebtItem", "\"application/sarif+json\"");

        Path tsconfig = Files.writeString(work.resolve("tsconfig.json"), """
                {"compilerOptions": {"strict": true, "noEmit": true, "target": "ES2022", "module": "ESNext",
                  "moduleResolution": "Bundler", "lib": ["ES2022", "DOM"], "types": [],
                  "paths": {"debt-os-api": ["%s"]}},
                 "files": ["%s"]}
                """.formatted(types, NodeTools.HOME.resolve("typed-client/client.ts")));
        var compiled = NodeTools.run("tsc", "-p", tsconfig.toString(), "--pretty", "false");
        assertThat(compiled.output()).as("tsc --noEmit").doesNotContain("error TS");
        assertThat(compiled.exitCode()).as(compiled.output()).isZero();
    }
}
