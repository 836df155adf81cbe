package dev.debtos.infra;

import software.amazon.awscdk.Acknowledgment;
import software.amazon.awscdk.Validations;
import software.constructs.IConstruct;

/**
 * Acknowledged cdk-nag AwsSolutions findings: each is made here in code, on the construct it concerns (and what it
 * contains), with the reason the finding stays. The test suite runs the pack on dev and prod ({@code NagChecksTest});
 * anything not acknowledged fails it.
 */
final class Nag {

    private Nag() {
    }

    static void acknowledge(IConstruct construct, String ruleId, String reason) {
        String id = "AwsSolutions-" + ruleId;
        if (id.split("::", -1).length > 2) {
            // A finding that names an ARN with tokens (arn:<AWS::Partition>:...) holds several '::', which
            // Validations.acknowledge refuses (it reserves '::' for one prefix). The pack reads the same metadata
            // entry that acknowledge() writes, so it is written directly.
            construct.getNode().addMetadata(Validations.ACKNOWLEDGED_RULES_METADATA_KEY, java.util.Map.of(id, reason));
        } else {
            Validations.of(construct).acknowledge(Acknowledgment.builder().id(id).reason(reason).build());
        }
    }

    /** IAM findings name the resource as the pack renders it: tokens as {@code <AWS::Region>} and the like. */
    static String logGroupArn(String logGroup) {
        return "arn:<AWS::Partition>:logs:<AWS::Region>:<AWS::AccountId>:log-group:" + logGroup;
    }
}
