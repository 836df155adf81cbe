package dev.debtos.engine.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds secrets in a line of a configuration file ({@code .env}, {@code .properties}, YAML, INI, TOML, {@code .npmrc}),
 * where values are mostly unquoted: everything {@link SecretScanner} finds, plus the unquoted value of a secret-named
 * key ({@code AWS_SECRET_ACCESS_KEY=...}, {@code password: ...}) and the password of a connection string written
 * without quotes. Placeholders ({@code ${VAR}}, {@code <password>}, {@code changeme}, {@code xxx}, empty), YAML tags
 * and block markers, encrypted values ({@code ENC(...)}), numbers, paths, URLs and sentences are not secrets; nor are
 * keys that name a secret's file, length, lifetime or location rather than hold it ({@code PASSWORD_FILE},
 * {@code token_ttl}, {@code secret_name}).
 */
public final class SettingSecrets {
    /** {@code [export] key = value}, {@code key: value}, {@code - key: value}: the key is group 1, the value group 2. */
    private static final Pattern SETTING = Pattern.compile(
            "^\\s*(?:-\\s+)?(?:export\\s+)?[\"']?([A-Za-z_][\\w.\\-/\\[\\]]*)[\"']?\\s*[:=]\\s*(.*?)\\s*$");
    /** The last part of a key that says it is about a secret, not the secret ({@code DB_PASSWORD_FILE}). */
    private static final Set<String> ABOUT_A_SECRET = Set.of("file", "path", "dir", "name", "id", "url", "uri", "endpoint",
            "header", "length", "ttl", "expiry", "expires", "timeout", "lifetime", "type", "field", "param", "env", "var",
            "arn", "policy", "rotation", "enabled", "required", "min", "max", "count", "size", "algorithm", "prefix", "ref",
            "location", "store", "provider", "mode", "format");

    private SettingSecrets() {
    }

    /** Every secret in a configuration file's {@code line}, in order of position, without overlaps. */
    public static List<Secret> find(String line) {
        List<Secret> found = new ArrayList<>(SecretScanner.find(line));
        String trimmed = line.stripLeading();
        if (trimmed.startsWith("#") || trimmed.startsWith(";") || trimmed.startsWith("!") || trimmed.startsWith("//")) {
            return found;                          // a comment: only provider formats, which SecretScanner found
        }
        if (!line.contains("://") && !SecretScanner.isSecretName(line)) {
            return found;                          // no connection string and no secret-named key: most lines of code
        }
        Matcher setting = SETTING.matcher(line);
        if (!setting.matches()) {
            return found;
        }
        int start = setting.start(2);
        String value = withoutComment(setting.group(2));
        if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'') && value.endsWith(value.substring(0, 1))) {
            return SecretScanner.withoutOverlaps(found);   // quoted: SecretScanner read it as a literal
        }
        if (value.contains("://")) {
            SecretScanner.passwords(SecretScanner.URL_PASSWORD, value, start, found);
        }
        if (value.indexOf('=') > 0) {
            SecretScanner.passwords(SecretScanner.PARAMETER_PASSWORD, value, start, found);
        }
        String key = setting.group(1);
        if (SecretScanner.isSecretName(key) && !aboutASecret(key) && looksLikeValue(value)
                && SecretScanner.looksLikeSecretValue(key, value)) {
            String kind = SecretScanner.isPasswordName(key) ? "hard-coded password" : "hard-coded secret";
            found.add(new Secret(kind, key, start, start + value.length(), false));
        }
        return SecretScanner.withoutOverlaps(found);
    }

    private static boolean aboutASecret(String key) {
        String[] parts = key.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT).split("[._\\-/\\[\\]]+");
        return parts.length > 0 && ABOUT_A_SECRET.contains(parts[parts.length - 1]);
    }

    /** An unquoted value that can be a credential: one word, not a number, path, YAML tag or block, or encrypted value. */
    private static boolean looksLikeValue(String value) {
        if (value.isEmpty() || value.chars().anyMatch(Character::isWhitespace) || value.contains("://")) {
            return false;
        }
        char first = value.charAt(0);
        if (first == '!' || first == '|' || first == '>' || first == '&' || first == '/' || first == '.' || first == '~'
                || first == '[' || first == '"' || first == '\'' || value.startsWith("ENC(") || value.chars().allMatch(Character::isDigit)) {
            return false;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        return !lower.contains("changeme") && !lower.contains("change_me") && !lower.contains("change-me") && !lower.equals("none")
                && !lower.equals("null") && !lower.equals("true") && !lower.equals("false");
    }

    /** The value without a trailing {@code # comment} (YAML, INI, .env: a {@code #} after a space starts one). */
    private static String withoutComment(String value) {
        int hash = value.indexOf(" #");
        return (hash < 0 ? value : value.substring(0, hash)).strip();
    }
}
