package dev.debtos.engine.rules;

import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.Fingerprints;
import dev.debtos.engine.findings.Severity;
import dev.debtos.engine.metrics.FileMetrics;
import dev.debtos.engine.secrets.Secret;
import dev.debtos.engine.secrets.SecretMask;
import dev.debtos.engine.secrets.SecretScanner;
import dev.debtos.engine.secrets.SettingSecrets;
import dev.debtos.engine.source.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A credential in the code: a provider key (AWS, GitHub, Stripe, ...), a private key, a password in a connection
 * string or a secret-looking literal assigned to a secret-named variable. Provider formats count everywhere, tests
 * included, and in comments (a real key leaks from there as well); connection strings and secret-named literals are
 * skipped in tests, where fake passwords are the norm, and in comments and docstrings, where they are samples.
 * Configuration files ({@code .env}, {@code .properties}, YAML, INI, TOML: {@link SettingsFiles}) are read too, where
 * values are mostly unquoted ({@link SettingSecrets}): provider formats count everywhere, secret-named keys and
 * connection strings outside tests and templates ({@code .env.example}). The secret never leaves in full: message and
 * evidence carry it masked, the fingerprint hashes its kind and name, not its value.
 */
public final class HardcodedSecretRule extends RuleMetadata {
    public static final String KEY = "DEBT-SECRET-001";
    /** Lines with a quote (a literal) or a provider format's literal part: the only ones that can hold a secret. */
    private static final Hints LINES = Hints.lines(Stream.concat(Stream.of("\"", "'", "`"),
            SecretScanner.formatHints().stream()).toList());

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
            HintedLines.forEach(context, source, LINES, (lineNumber, line) -> {
                for (Secret secret : SecretScanner.find(line)) {
                    if (!secret.wellKnownFormat() && (test || !code.hasCode(lineNumber))) {
                        continue;                 // fake test passwords; sample connection strings in documentation
                    }
                    findings.add(finding(file.path(), lineNumber, line, secret, seen));
                }
            });
        }
        context.settingsFiles().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(settings -> context.isMaintained(settings.getKey()))
                .forEach(settings -> inSettings(context, settings.getKey(), settings.getValue(), findings));
        return findings;
    }

    /** A configuration file: values are mostly unquoted, and a secret-named key's value counts outside tests and templates. */
    private static void inSettings(RuleContext context, String path, String text, List<Finding> findings) {
        boolean namesCount = !context.isTest(path) && !SettingsFiles.isTemplate(path);
        Map<String, Integer> seen = new HashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            for (Secret secret : SettingSecrets.find(line)) {
                if (secret.wellKnownFormat() || namesCount) {
                    findings.add(finding(path, i + 1, line, secret, seen));
                }
            }
        }
    }

    private static Finding finding(String path, int lineNumber, String line, Secret secret, Map<String, Integer> seen) {
        String identity = secret.kind() + "\0" + secret.name();
        int ordinal = seen.merge(identity, 1, Integer::sum) - 1;
        String shown = SecretMask.masked(line.substring(secret.start(), secret.end()));
        return new Finding(KEY, DebtType.HARDCODED_CONFIG, severity(secret), path, lineNumber, lineNumber,
                capitalised(secret.kind()) + " in the code (" + nameOf(secret) + shown
                        + "): move it to a secret store or the environment, and rotate it",
                SecretMask.maskLine(line).strip() + "\n", 30, Fingerprints.of(KEY, path, identity + "#" + ordinal), 0);
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
