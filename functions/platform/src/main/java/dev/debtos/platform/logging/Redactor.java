package dev.debtos.platform.logging;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * Masks known secret values and credential-shaped text. Every {@code Secret} registers its value here
 * on creation; the log pipeline ({@link SecretMaskingPolicy}) and error mapping pass text through
 * {@link #mask(String)} so a secret that slips into a message or an exception is still never written.
 */
public final class Redactor {
    public static final String MASK = "****";
    private static final int MIN_LENGTH = 4; // shorter values would mask ordinary words
    private static final List<String> SECRETS = new CopyOnWriteArrayList<>();

    /** Credentials inside URLs ({@code scheme://user:password@host}) and bearer/basic tokens. */
    private static final Pattern URL_CREDENTIALS = Pattern.compile("(?i)([a-z][a-z0-9+.-]*://[^:/@\\s]*:)[^@\\s/]+@");
    private static final Pattern AUTH_HEADER = Pattern.compile("(?i)\\b(bearer|basic|token)\\s+[A-Za-z0-9._~+/=-]{8,}");
    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)\\b(password|passwd|pwd|secret|api[_-]?key|token)=([^&\\s,;]+)");

    private Redactor() {
    }

    public static void register(String secret) {
        if (secret != null && secret.length() >= MIN_LENGTH && !SECRETS.contains(secret)) {
            SECRETS.add(secret);
            SECRETS.sort(Comparator.comparingInt(String::length).reversed()); // longest first: no partial leaks
        }
    }

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (String secret : SECRETS) {
            if (out.contains(secret)) {
                out = out.replace(secret, MASK);
            }
        }
        out = URL_CREDENTIALS.matcher(out).replaceAll("$1" + MASK + "@");
        out = AUTH_HEADER.matcher(out).replaceAll("$1 " + MASK);
        return PASSWORD_PARAM.matcher(out).replaceAll("$1=" + MASK);
    }
}
