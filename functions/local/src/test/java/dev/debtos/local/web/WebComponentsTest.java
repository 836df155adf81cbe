package dev.debtos.local.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's component tests (Vitest with happy-dom and Testing Library, {@code web/src/**\/*.test.tsx}) as
 * part of the Maven build; their report is printed above. Skipped where node or web/node_modules is missing.
 */
class WebComponentsTest {

    @Test
    void theDashboardsComponentTestsPass() throws Exception {
        assumeTrue(WebTools.onPath("node"), "node is not installed");
        assumeTrue(WebTools.nodeModulesInstalled(), "web/node_modules is missing (scripts/setup runs npm ci there)");
        assumeTrue(Files.isRegularFile(WebTools.WEB.resolve("src/api/schema.d.ts")),
                "the API types are not generated (the web module's build generates them)");
        int exit = WebTools.run(List.of("node", "node_modules/vitest/vitest.mjs", "run", "--reporter=dot"),
                Map.of("CI", "true"), 10);
        assertThat(exit).as("vitest in web/ (its report is above)").isZero();
    }
}
