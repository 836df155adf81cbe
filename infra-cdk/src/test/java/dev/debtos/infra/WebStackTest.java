package dev.debtos.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import software.amazon.awscdk.assertions.Capture;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** WebStack of the dev environment: private bucket, origin access control, /api/* to the REST API, headers policy. */
class WebStackTest {

    private static Template web;
    private static JsonNode headers;

    @BeforeAll
    static void synthesize() throws Exception {
        FunctionAssets assets = FunctionAssets.locate();
        headers = new ObjectMapper().readTree(Files.readString(assets.root().resolve(WebSite.HEADERS)));
        web = Template.fromStack(DebtOsApp.build(DebtOsApp.newApp(), EnvironmentConfig.dev(), null).web());
    }

    @Test
    void theBucketIsPrivateAndReadOnlyByThisDistributionThroughOriginAccessControl() {
        web.hasResourceProperties("AWS::S3::Bucket", Map.of("PublicAccessBlockConfiguration", Map.of(
                "BlockPublicAcls", true, "BlockPublicPolicy", true, "IgnorePublicAcls", true, "RestrictPublicBuckets", true)));
        web.hasResourceProperties("AWS::CloudFront::OriginAccessControl", Map.of("OriginAccessControlConfig", Match.objectLike(Map.of(
                "OriginAccessControlOriginType", "s3", "SigningBehavior", "always", "SigningProtocol", "sigv4"))));
        web.hasResourceProperties("AWS::S3::BucketPolicy", Map.of("PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(
                Match.objectLike(Map.of("Effect", "Allow", "Action", "s3:GetObject",
                        "Principal", Map.of("Service", "cloudfront.amazonaws.com"),
                        "Condition", Map.of("StringEquals", Map.of("AWS:SourceArn", Match.anyValue())))))))));
        web.hasResourceProperties("AWS::CloudFront::Distribution", Map.of("DistributionConfig", Match.objectLike(Map.of(
                "Origins", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "S3OriginConfig", Map.of("OriginAccessIdentity", ""), "OriginAccessControlId", Match.anyValue())))),
                "DefaultRootObject", "index.html"))));
    }

    @Test
    void apiPathsGoUncachedToTheRestApiStageWithEveryMethod() {
        Capture apiOrigin = new Capture();
        web.hasResourceProperties("AWS::CloudFront::Distribution", Map.of("DistributionConfig", Match.objectLike(Map.of(
                "CacheBehaviors", List.of(Match.objectLike(Map.of(
                        "PathPattern", "/api/*",
                        "AllowedMethods", List.of("GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE"),
                        "CachePolicyId", "4135ea2d-6df8-44a3-9df3-4b5a84be39ad", // managed CachingDisabled
                        "OriginRequestPolicyId", "b689b0a8-53d0-40ab-baf2-68738e2966ac", // managed AllViewerExceptHostHeader
                        "ViewerProtocolPolicy", "https-only",
                        "TargetOriginId", apiOrigin)))))));
        web.hasResourceProperties("AWS::CloudFront::Distribution", Map.of("DistributionConfig", Match.objectLike(Map.of(
                "Origins", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Id", apiOrigin.asString(),
                        // "/" + the REST API's deployment stage and its execute-api host, imported from the API stack
                        "OriginPath", Map.of("Fn::Join", List.of("", List.of("/", Match.anyValue()))),
                        "DomainName", Map.of("Fn::Select", Match.anyValue()),
                        "CustomOriginConfig", Match.objectLike(Map.of("OriginProtocolPolicy", "https-only"))))))))));
    }

    @Test
    void pagesGetTheSecurityHeadersTheLocalRuntimeSendsAndDeepLinksTheApplication() {
        web.hasResourceProperties("AWS::CloudFront::ResponseHeadersPolicy", Map.of("ResponseHeadersPolicyConfig", Match.objectLike(Map.of(
                "SecurityHeadersConfig", Match.objectLike(Map.of(
                        "ContentSecurityPolicy", Map.of("ContentSecurityPolicy", headers.get("contentSecurityPolicy").asText(), "Override", true),
                        "FrameOptions", Map.of("FrameOption", "DENY", "Override", true),
                        "ContentTypeOptions", Map.of("Override", true),
                        "ReferrerPolicy", Map.of("ReferrerPolicy", "no-referrer", "Override", true),
                        "StrictTransportSecurity", Match.objectLike(Map.of("AccessControlMaxAgeSec", 63072000, "IncludeSubdomains", true)))),
                "CustomHeadersConfig", Map.of("Items", Match.arrayWith(List.of(Map.of(
                        "Header", "Permissions-Policy", "Value", headers.get("permissionsPolicy").asText(), "Override", true))))))));
        web.hasResourceProperties("AWS::CloudFront::Distribution", Map.of("DistributionConfig", Match.objectLike(Map.of(
                "DefaultCacheBehavior", Match.objectLike(Map.of(
                        "ViewerProtocolPolicy", "redirect-to-https",
                        "ResponseHeadersPolicyId", Match.anyValue(),
                        "FunctionAssociations", List.of(Match.objectLike(Map.of("EventType", "viewer-request")))))))));
        web.hasResourceProperties("AWS::CloudFront::Function", Map.of("FunctionCode", WebStack.SPA_REWRITE,
                "FunctionConfig", Match.objectLike(Map.of("Runtime", "cloudfront-js-2.0"))));
        assertThat(WebStack.SPA_REWRITE).contains("indexOf('.') === -1").contains("'/index.html'");
    }

    @Test
    void hashedAssetsAreImmutableAndTheIndexPageIsRevalidatedAndInvalidated() {
        web.hasResourceProperties("Custom::CDKBucketDeployment", Map.of(
                "SystemMetadata", Map.of("cache-control", "public, max-age=31536000, immutable"),
                "Exclude", List.of("index.html"), "Prune", false));
        web.hasResourceProperties("Custom::CDKBucketDeployment", Match.objectLike(Map.of(
                "SystemMetadata", Map.of("cache-control", "no-cache"),
                "Include", List.of("index.html"), "DistributionPaths", List.of("/index.html"))));
    }
}
