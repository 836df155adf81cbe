package dev.debtos.infra;

import java.util.List;

import software.amazon.awscdk.services.apigateway.Stage;
import software.amazon.awscdk.services.wafv2.CfnWebACL;
import software.amazon.awscdk.services.wafv2.CfnWebACLAssociation;
import software.constructs.Construct;

/**
 * A WAF web ACL on the API stage: abusive traffic is filtered before it costs a Lambda invocation. Authentication
 * stays inside the functions (API keys, bearer tokens, webhook signatures); this only drops what is bad on sight.
 * <ul>
 *   <li>AWS managed common rule set (OWASP-style request checks), except its 8 KB body limit, which only counts:
 *       GitHub and GitLab webhook payloads are routinely larger, and the functions cap bodies themselves;</li>
 *   <li>AWS managed known-bad-inputs (Log4Shell-style patterns, exploit paths);</li>
 *   <li>a per-IP rate rule: {@value #REQUESTS_PER_IP_PER_MINUTE} requests a minute from one address. The functions
 *       already limit 600/min per key or user and 120/min per anonymous IP in Redis; GitHub's and GitLab's webhook
 *       senders share a few addresses (3,000/min in the functions), so this sits at that ceiling and stops only
 *       floods the functions would otherwise have to answer one by one.</li>
 * </ul>
 */
public final class ApiFirewall extends Construct {

    public static final int REQUESTS_PER_IP_PER_MINUTE = 3000;

    private final CfnWebACL webAcl;

    public ApiFirewall(Construct scope, String id, EnvironmentConfig env, Stage stage) {
        super(scope, id);
        this.webAcl = CfnWebACL.Builder.create(this, "WebAcl")
                .name(env.prefix() + "-api")
                .description("DEBT-OS " + env.name() + " API: managed rule groups and a per-IP rate limit")
                .scope("REGIONAL")
                .defaultAction(CfnWebACL.DefaultActionProperty.builder()
                        .allow(CfnWebACL.AllowActionProperty.builder().build()).build())
                .visibilityConfig(visibility(env.prefix() + "-api-waf"))
                .rules(List.of(
                        managed("CommonRuleSet", 10, "AWSManagedRulesCommonRuleSet", List.of("SizeRestrictions_BODY"), env),
                        managed("KnownBadInputs", 20, "AWSManagedRulesKnownBadInputsRuleSet", List.of(), env),
                        CfnWebACL.RuleProperty.builder()
                                .name("RatePerIp")
                                .priority(30)
                                .action(CfnWebACL.RuleActionProperty.builder()
                                        .block(CfnWebACL.BlockActionProperty.builder().build()).build())
                                .statement(CfnWebACL.StatementProperty.builder()
                                        .rateBasedStatement(CfnWebACL.RateBasedStatementProperty.builder()
                                                .aggregateKeyType("IP")
                                                .evaluationWindowSec(60)
                                                .limit(REQUESTS_PER_IP_PER_MINUTE)
                                                .build())
                                        .build())
                                .visibilityConfig(visibility(env.prefix() + "-api-rate-per-ip"))
                                .build()))
                .build();
        CfnWebACLAssociation.Builder.create(this, "StageAssociation")
                .resourceArn(stage.getStageArn())
                .webAclArn(webAcl.getAttrArn())
                .build();
    }

    private static CfnWebACL.RuleProperty managed(String name, int priority, String group, List<String> countOnly,
                                                  EnvironmentConfig env) {
        CfnWebACL.ManagedRuleGroupStatementProperty.Builder statement = CfnWebACL.ManagedRuleGroupStatementProperty.builder()
                .vendorName("AWS")
                .name(group);
        if (!countOnly.isEmpty()) {
            statement.ruleActionOverrides(countOnly.stream().map(rule -> CfnWebACL.RuleActionOverrideProperty.builder()
                    .name(rule)
                    .actionToUse(CfnWebACL.RuleActionProperty.builder()
                            .count(CfnWebACL.CountActionProperty.builder().build()).build())
                    .build()).toList());
        }
        return CfnWebACL.RuleProperty.builder()
                .name(name)
                .priority(priority)
                .overrideAction(CfnWebACL.OverrideActionProperty.builder().none(java.util.Map.of()).build())
                .statement(CfnWebACL.StatementProperty.builder().managedRuleGroupStatement(statement.build()).build())
                .visibilityConfig(visibility(env.prefix() + "-api-" + name.toLowerCase(java.util.Locale.ROOT)))
                .build();
    }

    private static CfnWebACL.VisibilityConfigProperty visibility(String metric) {
        return CfnWebACL.VisibilityConfigProperty.builder()
                .cloudWatchMetricsEnabled(true)
                .sampledRequestsEnabled(true)
                .metricName(metric)
                .build();
    }

    public CfnWebACL webAcl() {
        return webAcl;
    }
}
