package dev.debtos.engine.rules;

import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.Severity;
import dev.debtos.engine.metrics.FunctionMetrics;
import dev.debtos.engine.source.Language;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TLS certificate or host name verification turned off in production code: anyone on the network path can then read
 * and change the traffic. Java: Apache HttpClient's {@code NoopHostnameVerifier}, {@code ALLOW_ALL_HOSTNAME_VERIFIER}
 * and {@code TrustAllStrategy}, Netty's {@code InsecureTrustManagerFactory}, a host name verifier lambda returning
 * {@code true}, a {@code verify} method that only returns {@code true} or a {@code checkServerTrusted} that does
 * nothing; Python: {@code verify=False}, {@code ssl._create_unverified_context}, {@code CERT_NONE},
 * {@code check_hostname = False}; JavaScript/TypeScript: {@code rejectUnauthorized: false},
 * {@code NODE_TLS_REJECT_UNAUTHORIZED = "0"}, {@code strictSSL: false}; Go: {@code InsecureSkipVerify: true}. Python's
 * {@code CERT_NONE} counts where it is assigned outright, not compared or chosen by a condition. A library's own
 * declaration of such an option ({@code class NoopHostnameVerifier}, {@code INSTANCE}) is not a use of it.
 */
public final class TlsVerificationDisabledRule extends RuleMetadata {
    public static final String KEY = "DEBT-TLS-001";

    private static final Pattern JAVA = Pattern.compile("\\bNoopHostnameVerifier\\b|\\bALLOW_ALL_HOSTNAME_VERIFIER\\b"
            + "|\\bTrustAllStrategy\\b|\\bInsecureTrustManagerFactory\\.INSTANCE\\b"
            + "|setHostnameVerifier\\s*\\(\\s*\\(\\s*\\w*\\s*\\w+\\s*,\\s*\\w*\\s*\\w+\\s*\\)\\s*->\\s*true\\b");
    private static final Pattern PYTHON = Pattern.compile("\\bverify\\s*=\\s*False\\b|\\b_create_unverified_context\\b"
            + "|\\b(?:verify_mode|cert_reqs)\\s*=\\s*(?:ssl\\.)?['\"]?CERT_NONE\\b['\"]?\\s*(?:#.*)?$"
            + "|\\bcheck_hostname\\s*=\\s*False\\b");
    /** The library's own definition of an insecure option ({@code class NoopHostnameVerifier}, its INSTANCE), not a use. */
    private static final Pattern DECLARATION = Pattern.compile(
            "\\b(?:class|interface)\\s|(?:static|final)\\s+[\\w.<>]+\\s+(?:INSTANCE|ALLOW_ALL_HOSTNAME_VERIFIER)\\b");
    private static final Pattern SCRIPT = Pattern.compile("\\brejectUnauthorized\\s*:\\s*false\\b"
            + "|NODE_TLS_REJECT_UNAUTHORIZED\\s*\\]?\\s*=\\s*['\"`]?0|\\bstrictSSL\\s*:\\s*false\\b");
    private static final Pattern GO = Pattern.compile("\\bInsecureSkipVerify\\s*:\\s*true\\b");
    private static final Pattern LINE_COMMENT = Pattern.compile("//[^\n]*");
    private static final Pattern RETURNS_TRUE_ONLY = Pattern.compile("\\{\\s*return\\s+true\\s*;\\s*}");
    private static final Pattern DOES_NOTHING = Pattern.compile("\\{\\s*(?://[^\\n]*\\s*|/\\*.*?\\*/\\s*)*}", Pattern.DOTALL);
    private static final Hints HINTS = Hints.files(List.of("NoopHostnameVerifier", "ALLOW_ALL_HOSTNAME_VERIFIER",
            "TrustAllStrategy", "InsecureTrustManagerFactory", "HostnameVerifier", "checkServerTrusted", "verify=False",
            "verify = False", "_create_unverified_context", "CERT_NONE", "check_hostname", "rejectUnauthorized",
            "NODE_TLS_REJECT_UNAUTHORIZED", "strictSSL", "InsecureSkipVerify"));
    /** What a line must hold for the patterns to match it. */
    private static final Hints LINE_HINTS = Hints.of(List.of("NoopHostnameVerifier", "ALLOW_ALL_HOSTNAME_VERIFIER",
            "TrustAllStrategy", "InsecureTrustManagerFactory", "setHostnameVerifier", "verify", "_create_unverified_context",
            "CERT_NONE", "check_hostname", "rejectUnauthorized", "NODE_TLS_REJECT_UNAUTHORIZED", "strictSSL",
            "InsecureSkipVerify"));

    public TlsVerificationDisabledRule() {
        super(KEY, DebtType.SECURITY_ISSUE, "TLS verification disabled",
                "Certificate or host name checks are turned off: anyone on the network path can read and change the "
                        + "traffic. Trust the right certificate authority instead.");
    }

    @Override
    public List<Finding> check(RuleContext context) {
        SecurityScan.Findings findings = new SecurityScan.Findings(KEY, DebtType.SECURITY_ISSUE);
        for (SecurityScan.File file : SecurityScan.files(context, HINTS)) {
            Pattern pattern = switch (file.language()) {
                case JAVA, KOTLIN -> JAVA;
                case PYTHON -> PYTHON;
                case GO -> GO;
                default -> SCRIPT;
            };
            for (int line = 1; line <= file.lines().length; line++) {
                String text = file.line(line);
                if (!SecurityScan.containsAny(text, LINE_HINTS)) {
                    continue;
                }
                Matcher m = pattern.matcher(text);
                if (m.find() && !text.startsWith("import ") && !DECLARATION.matcher(text).find() && file.code().hasCode(line)) {
                    findings.add(file, line, Severity.HIGH, "TLS verification is disabled (" + m.group().strip() + ")",
                            m.group().replaceAll("\\s+", ""), 60);
                }
            }
            if (file.language() == Language.JAVA || file.language() == Language.KOTLIN) {
                trustingMethods(file, findings);
            }
        }
        return findings.list();
    }

    /** {@code verify(...) { return true; }} in a host name verifier, {@code checkServerTrusted(...) { }} in a trust manager. */
    private static void trustingMethods(SecurityScan.File file, SecurityScan.Findings findings) {
        String text = file.source().text();
        for (FunctionMetrics fn : file.metrics().functions()) {
            boolean verify = fn.name().equals("verify") && text.contains("HostnameVerifier")
                    && !file.path().endsWith("NoopHostnameVerifier.java");
            boolean trust = fn.name().equals("checkServerTrusted");
            if (!verify && !trust) {
                continue;
            }
            String body = file.source().lines(fn.startLine(), fn.endLine());
            int open = body.indexOf('{');
            if (open < 0) {
                continue;
            }
            String block = LINE_COMMENT.matcher(body.substring(open)).replaceAll("").strip();
            if (verify && RETURNS_TRUE_ONLY.matcher(block).matches()
                    || trust && DOES_NOTHING.matcher(block).matches()) {
                findings.add(file, fn.startLine(), Severity.HIGH, verify
                        ? "Host name verifier accepts every host (verify returns true)"
                        : "Trust manager accepts every certificate (checkServerTrusted does nothing)", fn.name(), 60);
            }
        }
    }
}
