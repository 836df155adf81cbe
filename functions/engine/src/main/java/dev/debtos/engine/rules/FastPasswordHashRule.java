package dev.debtos.engine.rules;

import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.Severity;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fast, unsalted hash (MD5, SHA-1, SHA-2) used on a password: a leaked table of such hashes is cracked at billions
 * of guesses a second. Found where the hash call ({@code MessageDigest.getInstance("SHA-256")},
 * {@code hashlib.md5(...)}, {@code createHash('sha1')}, {@code md5.Sum(...)}, {@code sha256.Sum256(...)}) sits in a
 * function that names a password ({@code password}, {@code passwd}, {@code pwd}). A key derivation (PBKDF2, HMAC
 * inside it) also hashes passwords with SHA but many times over: functions that name {@code pbkdf}, {@code hmac},
 * {@code bcrypt}, {@code scrypt} or {@code argon} are not reported, nor those implementing an authentication protocol
 * that prescribes the hash (they name a {@code scramble}, {@code nonce}, {@code challenge}, {@code scram},
 * {@code sasl}, {@code realm}, {@code handshake}, a {@code keystore} or its {@code integrity}): the client of MySQL's
 * or SCRAM's handshake cannot choose. bcrypt, scrypt or Argon2 are the fix.
 */
public final class FastPasswordHashRule extends RuleMetadata {
    public static final String KEY = "DEBT-PWHASH-001";

    private static final Pattern FAST_HASH = Pattern.compile(
            "MessageDigest\\.getInstance\\s*\\(\\s*\"(MD5|MD2|SHA|SHA-?1|SHA-?224|SHA-?256|SHA-?384|SHA-?512)\""
                    + "|\\bhashlib\\.(md5|sha1|sha224|sha256|sha384|sha512)\\s*\\("
                    + "|\\bhashlib\\.new\\s*\\(\\s*['\"](md5|sha1|sha224|sha256|sha384|sha512)['\"]"
                    + "|\\bcreateHash\\s*\\(\\s*['\"](md5|sha1|sha224|sha256|sha384|sha512)['\"]"
                    + "|\\b(md5|sha1|sha256|sha512)\\.(?:Sum|Sum256|Sum512|New)\\s*\\(");
    private static final Pattern PASSWORD = Pattern.compile("(?i)passw(?:or)?d|\\bpwd\\b|[a-z]Pwd\\b|_pwd\\b");
    private static final List<String> KEY_DERIVATION = List.of("pbkdf", "hmac", "bcrypt", "scrypt", "argon", "mac.");
    /** Authentication protocols that prescribe the hash (MySQL's scramble, SCRAM, HTTP digest, keystore integrity). */
    private static final List<String> PROTOCOL = List.of("scramble", "nonce", "challenge", "scram", "sasl", "realm",
            "handshake", "keystore", "integrity");
    private static final Hints HINTS = Hints.files(List.of("MessageDigest", "hashlib", "createHash", "md5.", "sha1.", "sha256.",
            "sha512."));

    public FastPasswordHashRule() {
        super(KEY, DebtType.SECURITY_ISSUE, "Fast hash for passwords",
                "A password is hashed with a fast hash (MD5, SHA-1, SHA-2): stolen hashes are cracked at billions of "
                        + "guesses a second. Use bcrypt, scrypt or Argon2.");
    }

    /** Measured on a sample of real packages (engine README). */
    @Override
    public Precision precision() {
        return Precision.LOW;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        SecurityScan.Findings findings = new SecurityScan.Findings(KEY, DebtType.SECURITY_ISSUE);
        for (SecurityScan.File file : SecurityScan.files(context, HINTS)) {
            for (int line = 1; line <= file.lines().length; line++) {
                if (!SecurityScan.containsAny(file.line(line), HINTS)) {
                    continue;
                }
                Matcher hash = FAST_HASH.matcher(file.line(line));
                if (!hash.find() || !file.code().hasCode(line)) {
                    continue;
                }
                String function = file.functionAround(line);
                String lower = function.toLowerCase(Locale.ROOT);
                if (PASSWORD.matcher(function).find() && KEY_DERIVATION.stream().noneMatch(lower::contains)
                        && PROTOCOL.stream().noneMatch(lower::contains)) {
                    String algorithm = algorithm(hash);
                    findings.add(file, line, Severity.HIGH, "Password hashed with " + algorithm
                            + ", a fast hash: use bcrypt, scrypt or Argon2", algorithm, 60);
                }
            }
        }
        return findings.list();
    }

    private static String algorithm(Matcher hash) {
        for (int group = 1; group <= hash.groupCount(); group++) {
            if (hash.group(group) != null) {
                return hash.group(group).toUpperCase(Locale.ROOT);
            }
        }
        return "a fast hash";
    }
}
