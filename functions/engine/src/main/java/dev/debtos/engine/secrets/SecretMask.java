package dev.debtos.engine.secrets;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in text that leaves the engine (finding evidence and messages, report excerpts): each secret keeps at
 * most its first four characters (fewer for short values) followed by {@code ****}, so a reader can tell which key it
 * was without being able to use it. Runs of 40 or more base64 characters mixing upper case, lower case and digits
 * (the body lines of a PEM key) are masked too, since a line of a key block carries no marker of its own.
 */
public final class SecretMask {
    private static final int MIN_RUN = 40;
    private static final Pattern BASE64_RUN = Pattern.compile("[A-Za-z0-9+/]{" + MIN_RUN + ",}={0,2}");

    private SecretMask() {
    }

    /** {@code text} with every secret masked; the same instance when there is nothing to mask. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        StringBuilder out = null;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            String line = text.substring(lineStart, lineEnd);
            String masked = maskLine(line);
            if (masked != line && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, lineStart);
            }
            if (out != null) {
                out.append(masked);
                if (newline >= 0) {
                    out.append('\n');
                }
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        return out == null ? text : out.toString();
    }

    /** One line with every secret masked; the same instance when there is nothing to mask. */
    public static String maskLine(String line) {
        List<Secret> secrets = SettingSecrets.find(line);   // quoted or not: over-masking is harmless
        String result = line;
        if (!secrets.isEmpty()) {
            StringBuilder out = new StringBuilder(line.length());
            int from = 0;
            for (Secret secret : secrets) {
                out.append(line, from, secret.start()).append(masked(line.substring(secret.start(), secret.end())));
                from = secret.end();
            }
            result = out.append(line, from, line.length()).toString();
        }
        return maskBase64Runs(result);
    }

    /** The first characters of a secret (a quarter of it, at most four) and {@code ****}. */
    public static String masked(String secret) {
        int shown = Math.min(4, secret.length() / 4);
        return secret.substring(0, shown) + "****";
    }

    private static String maskBase64Runs(String line) {
        if (!hasBase64Run(line)) {
            return line;
        }
        Matcher m = BASE64_RUN.matcher(line);
        StringBuilder out = null;
        int from = 0;
        while (m.find()) {
            String run = m.group();
            if (!mixesCaseAndDigits(run)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(line.length());
            }
            out.append(line, from, m.start()).append(masked(run));
            from = m.end();
        }
        return out == null ? line : out.append(line, from, line.length()).toString();
    }

    /** Whether {@code line} holds {@value #MIN_RUN} base64 characters in a row: the pattern needs them to match. */
    private static boolean hasBase64Run(String line) {
        int run = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            run = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' ? run + 1 : 0;
            if (run == MIN_RUN) {
                return true;
            }
        }
        return false;
    }

    private static boolean mixesCaseAndDigits(String run) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
            digit |= c >= '0' && c <= '9';
        }
        return upper && lower && digit;
    }
}
