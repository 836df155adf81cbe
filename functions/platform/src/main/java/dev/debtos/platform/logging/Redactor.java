package dev.debtos.platform.logging;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * Masks known secret values and credential-shaped text. Every {@code Secret} registers its value here
 * on creation; the log pipeline ({@link SecretMaskingPolicy}) and error mapping pass text through
 * {@link #mask(String)} so a secret that slips into a message or an exception is still never written.
 * <p>
 * A registered value is masked wherever it appears, so masking must not eat ordinary words: a value shorter than
 * {@value #MIN_LENGTH} characters is not masked on its own, nor is one equal to a name the configuration shows
 * anyway ({@link #identifier}: a database user or database name, such as a local password {@code debt_os} equal to
 * its role). Such weak values are still masked where they stand as credentials: in a URL's user info, after
 * {@code password=} or {@code token=}, and after {@code Bearer}.
 */
public final class Redactor {
    public static final String MASK = "****";
    static final int MIN_LENGTH = 6;
    private static final List<String> SECRETS = new CopyOnWriteArrayList<>();
    private static final java.util.Set<String> IDENTIFIERS = java.util.concurrent.ConcurrentHashMap.newKeySet();

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

    /**
     * A name that is not a secret (a database user, a database name): a secret equal to it is masked only where it
     * stands as a credential, never as a word of its own.
     */
    public static void identifier(String name) {
        if (name != null && !name.isEmpty()) {
            IDENTIFIERS.add(name);
        }
    }

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (String secret : SECRETS) {
            if (!IDENTIFIERS.contains(secret) && out.contains(secret)) {
                out = out.replace(secret, MASK);
            }
        }
        out = URL_CREDENTIALS.matcher(out).replaceAll("$1" + MASK + "@");
        out = AUTH_HEADER.matcher(out).replaceAll("$1 " + MASK);
        return PASSWORD_PARAM.matcher(out).replaceAll("$1=" + MASK);
    }
}
