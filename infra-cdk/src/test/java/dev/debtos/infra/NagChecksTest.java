package dev.debtos.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.PolicyViolatingResource;
import software.amazon.awscdk.PolicyViolation;
import software.amazon.awscdk.Stack;

/**
 * cdk-nag's AwsSolutions pack over both environments: no finding left unacknowledged. Each acknowledgement is made
 * in main code, next to the resource, with its reason ({@code Validations.of(construct).acknowledge}, see
 * {@code Nag}).
 */
class NagChecksTest {

    private static List<PolicyViolation> violations;

    @BeforeAll
    static void checkBothEnvironments() {
        App app = DebtOsApp.newApp();
        DebtOsApp.build(app, EnvironmentConfig.dev(), null);
        DebtOsApp.build(app, EnvironmentConfig.prod(), null);
        app.synth();
        violations = new AwsSolutionsChecks(app).validateScope(app).getViolations();
    }

    @Test
    void devHasNoUnsuppressedAwsSolutionsError() {
        assertThat(findings("DebtOs-dev-")).isEmpty();
    }

    @Test
    void prodHasNoUnsuppressedAwsSolutionsError() {
        assertThat(findings("DebtOs-prod-")).isEmpty();
    }

    private static List<String> findings(String stackPrefix) {
        List<String> found = new ArrayList<>();
        for (PolicyViolation violation : violations) {
            for (PolicyViolatingResource resource : violation.getViolatingResources()) {
                String path = resource.getConstructPath() == null ? String.valueOf(resource.getResourceLogicalId()) : resource.getConstructPath();
                if (path.contains(stackPrefix) || String.valueOf(resource.getTemplatePath()).contains(stackPrefix)) {
                    found.add(violation.getRuleName() + " " + path);
                }
            }
        }
        return found;
    }
}
