package dev.debtos.engine.secrets;

import dev.debtos.engine.source.TextSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds secrets in a line of text: provider key formats (AWS, GitHub, GitLab, Slack, Stripe, Google, OpenAI,
 * Anthropic, npm, SendGrid, JWT, PEM private keys), the password of a {@code scheme://user:password@host} connection
 * string or a {@code password=} connection parameter, and literals assigned to secret-named variables
 * ({@code password}, {@code secret}, {@code apiKey}, {@code accessToken} ...) when they look like a value and not a
 * placeholder, a property name or a message. Values that say they are examples ({@code EXAMPLE}, {@code xxxx},
 * {@code changeme}; {@code changeit}, a real default, is still reported) are skipped.
 */
public final class SecretScanner {

    /** A provider format; {@code hints} are literal parts of it, so the pattern only runs on lines holding one. */
    private record Format(String kind, Pattern pattern, List<String> hints) {
    }

    private static final List<Format> FORMATS = List.of(
            new Format("AWS access key", Pattern.compile("\\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\\b"),
                    List.of("AKIA", "ASIA", "ABIA", "ACCA")),
            new Format("GitHub token", Pattern.compile("\\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\\b|\\bgithub_pat_[A-Za-z0-9_]{50,}"),
                    List.of("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_")),
            new Format("GitLab token", Pattern.compile("\\bglpat-[A-Za-z0-9_-]{20,}"), List.of("glpat-")),
            new Format("Slack token", Pattern.compile("\\bxox[abposr]-[A-Za-z0-9-]{10,}"), List.of("xox")),
            new Format("Slack webhook", Pattern.compile("hooks\\.slack\\.com/services/T[A-Za-z0-9_]+/B[A-Za-z0-9_]+/[A-Za-z0-9_]{16,}"),
                    List.of("hooks.slack.com")),
            new Format("Stripe key", Pattern.compile("\\b(?:sk|rk)_live_[A-Za-z0-9]{16,}"), List.of("_live_")),
            new Format("Google API key", Pattern.compile("\\bAIza[0-9A-Za-z_-]{35}"), List.of("AIza")),
            new Format("Anthropic API key", Pattern.compile("\\bsk-ant-[A-Za-z0-9_-]{32,}"), List.of("sk-ant-")),
            new Format("OpenAI API key", Pattern.compile("\\bsk-(?:proj-)?[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}|\\bsk-proj-[A-Za-z0-9_-]{40,}"),
                    List.of("T3BlbkFJ", "sk-proj-")),
            new Format("npm token", Pattern.compile("\\bnpm_[A-Za-z0-9]{36}\\b"), List.of("npm_")),
            new Format("SendGrid key", Pattern.compile("\\bSG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}"), List.of("SG.")),
            new Format("JSON web token", Pattern.compile("\\beyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}"),
                    List.of("eyJ")),
            new Format("private key", Pattern.compile(
                    "-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----(?:\\\\[rn]|\\s*$|\\s*[A-Za-z0-9+/]{16}).*?(?=-----END|$)"),
                    List.of("PRIVATE KEY")));

    /** Every format's hints, searched for in one pass over a line rather than one {@code contains} per hint. */
    private static final List<String> HINTS = FORMATS.stream().flatMap(format -> format.hints().stream()).distinct().toList();
    private static final TextSearch FORMAT_HINTS = new TextSearch(HINTS);
    /** By hint (its index in {@link #HINTS}): a bit for each format (its index in {@link #FORMATS}) it belongs to. */
    private static final long[] FORMATS_OF_HINT = formatsOfHint();

    /** {@code scheme://user:password@host}: the password is group 1. */
    static final Pattern URL_PASSWORD = Pattern.compile(
            "\\b[a-zA-Z][a-zA-Z0-9+.-]{1,20}://[^\\s:/@'\"`]+:([^\\s@/'\"`]+)@[A-Za-z0-9\\[]");
    /** {@code ;password=...} / {@code ?password=...} / {@code &pwd=...} inside a connection string: group 1. */
    static final Pattern PARAMETER_PASSWORD = Pattern.compile(
            "(?i)[?&;](?:password|pwd|passwd)=([^&;'\"`\\s]+)");
    /** Go's {@code user:password@tcp(host:port)/db}: group 1. */
    private static final Pattern GO_DSN_PASSWORD = Pattern.compile("\\b[\\w.-]+:([^\\s@/'\"`:]+)@(?:tcp|unix|udp)\\(");
    /** Parts of a name that says it holds a secret: {@code dbPassword}, {@code API_KEY}, {@code client_secret}. */
    private static final List<String> SECRET_WORDS = List.of("password", "passwd", "pwd", "secret", "token", "apikey",
            "api_key", "accesskey", "access_key", "authkey", "auth_key", "privatekey", "private_key", "credential");
    /** Passwords of documentation's sample connection strings ({@code scott:tiger@localhost}). */
    private static final java.util.Set<String> SAMPLE_PASSWORDS = java.util.Set.of("tiger", "password", "passwd", "pass",
            "pwd", "pw", "secret", "test", "foo", "bar", "mypassword", "yourpassword");
    private static final Pattern PROPERTY_LIKE = Pattern.compile("[A-Za-z][\\w-]*(?:[.:/][\\w-]+)+|[A-Z0-9_]+|[a-z]+(?:[_-][a-z]+)*");

    private SecretScanner() {
    }

    /** Every secret in {@code line}, in order of position, without overlaps. */
    public static List<Secret> find(CharSequence line) {
        String text = line.toString();
        List<Secret> found = new ArrayList<>();
        long possible = hasKeyLikeRun(text) || text.contains("PRIVATE KEY") ? possibleFormats(text) : 0;
        for (int index = 0; index < FORMATS.size() && possible != 0; index++) {
            if ((possible & 1L << index) == 0) {
                continue;
            }
            Format format = FORMATS.get(index);
            Matcher m = format.pattern.matcher(text);
            while (m.find()) {
                if (!looksLikeExample(m.group())) {
                    found.add(new Secret(format.kind, format.kind, m.start(), m.end(), true));
                }
            }
        }
        for (Literals.Literal literal : Literals.in(text)) {
            if (literal.end() - literal.start() >= 6) {
                inLiteral(text, literal, found);
            }
        }
        return withoutOverlaps(found);
    }

    /** A bit for each format one of whose hints the text holds. */
    private static long possibleFormats(String text) {
        long[] possible = {0};
        FORMAT_HINTS.scan(text, (hint, at, lineStart, lineNumber) -> {
            possible[0] |= FORMATS_OF_HINT[hint];
            return true;
        });
        return possible[0];
    }

    private static long[] formatsOfHint() {
        if (FORMATS.size() > Long.SIZE) {
            throw new IllegalStateException("more formats than bits in a long");
        }
        long[] formats = new long[HINTS.size()];
        for (int format = 0; format < FORMATS.size(); format++) {
            for (String hint : FORMATS.get(format).hints()) {
                formats[HINTS.indexOf(hint)] |= 1L << format;
            }
        }
        return formats;
    }

    /**
     * Literal parts of the provider formats: a line holding none of them (and no quote) cannot hold a secret
     * {@link #find} reports.
     */
    public static List<String> formatHints() {
        return HINTS;
    }

    /** Sixteen letters, digits, '_' or '-' in a row: every provider format has such a run. */
    private static boolean hasKeyLikeRun(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' ? run + 1 : 0;
            if (run == 16) {
                return true;
            }
        }
        return false;
    }

    private static void inLiteral(String line, Literals.Literal literal, List<Secret> found) {
        String content = literal.content(line);
        int offset = literal.start();
        if (content.contains("://")) {
            passwords(URL_PASSWORD, content, offset, found);
        }
        if (content.contains("@tcp(") || content.contains("@unix(") || content.contains("@udp(")) {
            passwords(GO_DSN_PASSWORD, content, offset, found);
        }
        if (content.indexOf('=') > 0) {
            passwords(PARAMETER_PASSWORD, content, offset, found);
        }
        String name = Literals.assignedName(line, literal.quote());
        if (name != null && isSecretName(name) && looksLikeSecretValue(name, content)) {
            String kind = isPasswordName(name) ? "hard-coded password" : "hard-coded secret";
            found.add(new Secret(kind, name, literal.start(), literal.end(), false));
        }
    }

    static void passwords(Pattern pattern, String content, int offset, List<Secret> found) {
        Matcher m = pattern.matcher(content);
        while (m.find()) {
            if (isValue(m.group(1)) && !SAMPLE_PASSWORDS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                found.add(new Secret("password in a connection string", "password in a connection string",
                        offset + m.start(1), offset + m.end(1), false));
            }
        }
    }

    static boolean isSecretName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String word : SECRET_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    static boolean isPasswordName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.contains("password") || lower.contains("passwd") || lower.contains("pwd");
    }

    /** True when a literal assigned to {@code name} looks like a real credential rather than a key, a message or a placeholder. */
    static boolean looksLikeSecretValue(String name, String value) {
        if (!isValue(value) || looksLikeExample(value)) {
            return false;
        }
        String lowerValue = value.toLowerCase(Locale.ROOT);
        for (String word : List.of("passw", "secret", "token", "key", "credential", "auth")) {
            if (lowerValue.contains(word)) {
                return false;                     // a property name, header or lookup key, not the value
            }
        }
        if (isPasswordName(name)) {
            return value.length() >= 6 && !PROPERTY_LIKE.matcher(value).matches() && Entropy.bitsPerChar(value) >= 2.5;
        }
        return value.length() >= 16 && Entropy.bitsPerChar(value) >= 3.5 && hasLetterAndDigit(value)
                && !PROPERTY_LIKE.matcher(value).matches();
    }

    /** A value, not a placeholder: {@code ${DB_PASSWORD}}, {@code %s}, {@code <password>}, {@code ****}, {@code {0}}. */
    private static boolean isValue(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        if (first == '$' || first == '%' || first == '{' || first == '<' || first == '*' || first == '#' || first == '?'
                || value.contains("${") || value.contains("{{") || value.contains("%s") || value.contains("%(")) {
            return false;
        }
        return value.chars().distinct().count() > 2;
    }

    private static boolean looksLikeExample(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.contains("example") || lower.contains("xxxx") || lower.contains("dummy") || lower.contains("sample")
                || lower.contains("placeholder") || lower.contains("your") || lower.contains("fake") || lower.contains("redacted")
                || lower.contains("...") || lower.contains("changeme") || lower.contains("change_me");
    }

    private static boolean hasLetterAndDigit(String value) {
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        return letter && digit;
    }

    static List<Secret> withoutOverlaps(List<Secret> found) {
        if (found.size() < 2) {
            return found;
        }
        found.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        List<Secret> kept = new ArrayList<>();
        int reached = -1;
        for (Secret secret : found) {
            if (secret.start() >= reached) {
                kept.add(secret);
                reached = secret.end();
            } else if (secret.wellKnownFormat() && !kept.getLast().wellKnownFormat() && secret.end() <= reached) {
                kept.set(kept.size() - 1, secret);   // the provider's name says more than "secret"
            }
        }
        return kept;
    }
}
