package dev.debtos.engine.rules;

import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.Fingerprints;
import dev.debtos.engine.findings.Severity;
import dev.debtos.engine.metrics.FileMetrics;
import dev.debtos.engine.secrets.Secret;
import dev.debtos.engine.secrets.SecretMask;
import dev.debtos.engine.secrets.SecretScanner;
import dev.debtos.engine.source.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A credential in the code: a provider key (AWS, GitHub, Stripe, ...), a private key, a password in a connection
 * string or a secret-looking literal assigned to a secret-named variable. Provider formats count everywhere, tests
 * included, and in comments (a real key leaks from there as well); connection strings and secret-named literals are
 * skipped in tests, where fake passwords are the norm, and in comments and docstrings, where they are samples. The secret never leaves in full: message and evidence carry it masked, the fingerprint hashes its kind
 * and name, not its value.
 */
public final class HardcodedSecretRule extends RuleMetadata {
    public static final String KEY = "DEBT-SECRET-001";

    public HardcodedSecretRule() {
        super(KEY, DebtType.HARDCODED_CONFIG, "Hard-coded secret",
                "A key, token or password is written into the code: everyone with the code can use it, and it cannot be "
                        + "rotated without a release. It belongs in a secret store or the environment.");
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (FileMetrics file : context.files()) {
            SourceFile source = context.sources().get(file.path());
            if (source == null) {
                continue;
            }
            boolean test = context.isTest(file.path());
            Map<String, Integer> seen = new HashMap<>();
            CodeLines code = new CodeLines(context, source);
            HintedLines.forEach(context, source, HintedLines.QUOTES, (lineNumber, line) -> {
                for (Secret secret : SecretScanner.find(line)) {
                    if (!secret.wellKnownFormat() && (test || !code.hasCode(lineNumber))) {
                        continue;                 // fake test passwords; sample connection strings in documentation
                    }
                    String identity = secret.kind() + "\0" + secret.name();
                    int ordinal = seen.merge(identity, 1, Integer::sum) - 1;
                    String shown = SecretMask.masked(line.substring(secret.start(), secret.end()));
                    findings.add(new Finding(KEY, DebtType.HARDCODED_CONFIG, severity(secret), file.path(), lineNumber,
                            lineNumber, capitalised(secret.kind()) + " in the code (" + nameOf(secret) + shown
                                    + "): move it to a secret store or the environment, and rotate it",
                            SecretMask.maskLine(line).strip() + "\n", 30,
                            Fingerprints.of(KEY, file.path(), identity + "#" + ordinal), 0));
                }
            });
        }
        return findings;
    }

    private static Severity severity(Secret secret) {
        if (secret.kind().equals("JSON web token")) {
            return Severity.MEDIUM;               // usually short-lived, often a sample
        }
        return secret.wellKnownFormat() ? Severity.CRITICAL : Severity.HIGH;
    }

    private static String nameOf(Secret secret) {
        return secret.name().equals(secret.kind()) ? "" : secret.name() + " = ";
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
