package dev.debtos.infra;

import software.amazon.awscdk.services.lambda.LambdaInsightsVersion;

/** The Lambda Insights extension every DEBT-OS function runs: the guide's memory alarm reads its metric. */
final class LambdaInsights {

    /** The newest version this CDK release knows; CDK maps it per region and architecture (arm64 included). */
    static final LambdaInsightsVersion VERSION = LambdaInsightsVersion.VERSION_1_0_498_0;

    private LambdaInsights() {
    }
}
