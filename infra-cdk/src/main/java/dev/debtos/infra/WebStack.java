package dev.debtos.infra;

import java.util.List;

import software.constructs.Construct;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.apigateway.RestApi;
import software.amazon.awscdk.services.cloudfront.AllowedMethods;
import software.amazon.awscdk.services.cloudfront.BehaviorOptions;
import software.amazon.awscdk.services.cloudfront.CachePolicy;
import software.amazon.awscdk.services.cloudfront.Distribution;
import software.amazon.awscdk.services.cloudfront.Function;
import software.amazon.awscdk.services.cloudfront.FunctionAssociation;
import software.amazon.awscdk.services.cloudfront.FunctionCode;
import software.amazon.awscdk.services.cloudfront.FunctionEventType;
import software.amazon.awscdk.services.cloudfront.FunctionRuntime;
import software.amazon.awscdk.services.cloudfront.HeadersFrameOption;
import software.amazon.awscdk.services.cloudfront.HeadersReferrerPolicy;
import software.amazon.awscdk.services.cloudfront.HttpVersion;
import software.amazon.awscdk.services.cloudfront.OriginRequestPolicy;
import software.amazon.awscdk.services.cloudfront.PriceClass;
import software.amazon.awscdk.services.cloudfront.ResponseCustomHeader;
import software.amazon.awscdk.services.cloudfront.ResponseCustomHeadersBehavior;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersContentSecurityPolicy;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersContentTypeOptions;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersFrameOptions;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersPolicy;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersReferrerPolicy;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersStrictTransportSecurity;
import software.amazon.awscdk.services.cloudfront.ResponseSecurityHeadersBehavior;
import software.amazon.awscdk.services.cloudfront.SecurityPolicyProtocol;
import software.amazon.awscdk.services.cloudfront.ViewerProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.origins.RestApiOrigin;
import software.amazon.awscdk.services.cloudfront.origins.S3BucketOrigin;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.deployment.BucketDeployment;
import software.amazon.awscdk.services.s3.deployment.CacheControl;
import software.amazon.awscdk.services.s3.deployment.Source;

/**
 * The dashboard on one domain with its API: a private S3 bucket read by CloudFront through origin access control,
 * {@code /api/*} forwarded uncached to the REST API's stage (so the browser needs no CORS), every page of the
 * application answered with {@code index.html} by a viewer-request function (deep links; API errors stay as
 * they are), and the dashboard's security headers as a response-headers policy. Hashed assets are uploaded as
 * immutable, {@code index.html} as revalidated on every load.
 */
public final class WebStack extends Stack {

    /** Paths whose last segment has no dot are pages of the single-page application. */
    static final String SPA_REWRITE = """
            function handler(event) {
              var request = event.request;
              var last = request.uri.substring(request.uri.lastIndexOf('/') + 1);
              if (last.indexOf('.') === -1) {
                request.uri = '/index.html';
              }
              return request;
            }
            """;

    private final Distribution distribution;
    private final boolean placeholder;
    private Bucket bucketResource;

    public WebStack(Construct scope, String id, StackProps props, EnvironmentConfig env, RestApi api, WebSite site) {
        super(scope, id, props);
        this.placeholder = site.isPlaceholder();
        Bucket bucket = Bucket.Builder.create(this, "SiteBucket")
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .encryption(BucketEncryption.S3_MANAGED)
                .enforceSsl(true)
                .removalPolicy(env.retainData() ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY)
                .autoDeleteObjects(!env.retainData())
                .build();

        this.bucketResource = bucket;
        Function spaRewrite = Function.Builder.create(this, "SpaRewrite")
                .functionName(env.prefix() + "-web-spa-rewrite")
                .comment("Pages of the dashboard get index.html; files and /api are untouched")
                .runtime(FunctionRuntime.JS_2_0)
                .code(FunctionCode.fromInline(SPA_REWRITE))
                .build();

        this.distribution = Distribution.Builder.create(this, "Distribution")
                .comment("DEBT-OS " + env.name() + " dashboard and API")
                .defaultRootObject("index.html")
                .httpVersion(HttpVersion.HTTP2_AND_3)
                .minimumProtocolVersion(SecurityPolicyProtocol.TLS_V1_2_2021)
                .priceClass(PriceClass.PRICE_CLASS_100)
                .defaultBehavior(BehaviorOptions.builder()
                        .origin(S3BucketOrigin.withOriginAccessControl(bucket))
                        .viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
                        .cachePolicy(CachePolicy.CACHING_OPTIMIZED)
                        .responseHeadersPolicy(headersPolicy(env, site.headers()))
                        .functionAssociations(List.of(FunctionAssociation.builder()
                                .function(spaRewrite).eventType(FunctionEventType.VIEWER_REQUEST).build()))
                        .compress(true)
                        .build())
                .additionalBehaviors(java.util.Map.of("/api/*", BehaviorOptions.builder()
                        .origin(RestApiOrigin.Builder.create(api).build())
                        .viewerProtocolPolicy(ViewerProtocolPolicy.HTTPS_ONLY)
                        .allowedMethods(AllowedMethods.ALLOW_ALL)
                        .cachePolicy(CachePolicy.CACHING_DISABLED)
                        // every viewer header (Authorization, X-API-Key, webhook signatures) but Host, which must
                        // stay the execute-api host
                        .originRequestPolicy(OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER)
                        .build()))
                .build();

        BucketDeployment assets = BucketDeployment.Builder.create(this, "Assets")
                .sources(List.of(Source.asset(site.files().toString())))
                .exclude(List.of("index.html"))
                .destinationBucket(bucket)
                .cacheControl(List.of(CacheControl.setPublic(), CacheControl.maxAge(Duration.days(365)), CacheControl.immutable()))
                .prune(false) // pages still open keep loading the previous build's chunks
                .build();
        BucketDeployment.Builder.create(this, "IndexPage")
                .sources(List.of(Source.asset(site.files().toString())))
                .exclude(List.of("*"))
                .include(List.of("index.html"))
                .destinationBucket(bucket)
                .cacheControl(List.of(CacheControl.noCache()))
                .prune(false)
                .distribution(distribution)
                .distributionPaths(List.of("/index.html"))
                .build()
                .getNode().addDependency(assets); // the page goes live only once its scripts are there

        acknowledgeFindings();
        CfnOutput.Builder.create(this, "DashboardUrl").value("https://" + distribution.getDistributionDomainName())
                .description("The dashboard; set FRONTEND_URL and corsOrigin to it").build();
    }

    private void acknowledgeFindings() {
        Nag.acknowledge(distribution, "CFR1", "No geo restriction: the dashboard serves users wherever they are");
        Nag.acknowledge(distribution, "CFR2", "The API behind /api/* has its own regional WAF on the stage; the rest is"
                + " static files, and a CloudFront web ACL would have to live in us-east-1");
        Nag.acknowledge(distribution, "CFR3", "No CloudFront access logs: API calls are logged by API Gateway (access and"
                + " execution logs), the static files carry no user data");
        Nag.acknowledge(distribution, "CFR4", "The default *.cloudfront.net certificate cannot refuse TLS 1.0 viewers;"
                + " TLS 1.2 minimum (set) takes effect with a custom domain and certificate");
        Nag.acknowledge(this, "S1", "The site bucket holds the public build output only, read by CloudFront alone");
        String deployment = "CDK's BucketDeployment function, which copies the build into the site bucket: ";
        Nag.acknowledge(this, "L1", deployment + "its runtime is CDK's choice");
        Nag.acknowledge(this, "IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]",
                deployment + "its own logs");
        for (String finding : List.of("Action::s3:Abort*", "Action::s3:DeleteObject*", "Action::s3:GetBucket*",
                "Action::s3:GetObject*", "Action::s3:List*", "Resource::*", "Resource::<"
                        + getLogicalId((software.amazon.awscdk.CfnElement) bucketResource.getNode().getDefaultChild()) + ".Arn>/*",
                "Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*")) {
            Nag.acknowledge(this, "IAM5[" + finding + "]", deployment + "read the asset, write the site bucket, invalidate");
        }
    }

    private ResponseHeadersPolicy headersPolicy(EnvironmentConfig env, WebSite.Headers headers) {
        return ResponseHeadersPolicy.Builder.create(this, "SecurityHeaders")
                .responseHeadersPolicyName(env.prefix() + "-web-security-headers")
                .comment("web/security-headers.json, as debt-os serve sends it")
                .securityHeadersBehavior(ResponseSecurityHeadersBehavior.builder()
                        .contentSecurityPolicy(ResponseHeadersContentSecurityPolicy.builder()
                                .contentSecurityPolicy(headers.contentSecurityPolicy()).override(true).build())
                        .strictTransportSecurity(ResponseHeadersStrictTransportSecurity.builder()
                                .accessControlMaxAge(Duration.days(730)).includeSubdomains(true).override(true).build())
                        .frameOptions(ResponseHeadersFrameOptions.builder().frameOption(HeadersFrameOption.DENY).override(true).build())
                        .contentTypeOptions(ResponseHeadersContentTypeOptions.builder().override(true).build())
                        .referrerPolicy(ResponseHeadersReferrerPolicy.builder()
                                .referrerPolicy(HeadersReferrerPolicy.NO_REFERRER).override(true).build())
                        .build())
                .customHeadersBehavior(ResponseCustomHeadersBehavior.builder().customHeaders(List.of(
                        ResponseCustomHeader.builder().header("Permissions-Policy").value(headers.permissionsPolicy()).override(true).build(),
                        ResponseCustomHeader.builder().header("Cross-Origin-Opener-Policy").value(headers.crossOriginOpenerPolicy())
                                .override(true).build())).build())
                .build();
    }

    /** True when web/dist was missing at synth and the bucket would get the placeholder. */
    public boolean isPlaceholder() {
        return placeholder;
    }

    public Distribution distribution() {
        return distribution;
    }
}
