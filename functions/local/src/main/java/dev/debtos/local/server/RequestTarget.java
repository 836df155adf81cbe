package dev.debtos.local.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The request target of an HTTP request line, checked before anything reads it: RFC 3986 characters only, every
 * {@code %} followed by two hex digits, and the escapes decoding to UTF-8. The origin form ({@code /path?query}) and
 * the absolute form ({@code http://host/path?query}) are accepted; anything else is refused with a reason that is safe
 * to show a client.
 *
 * @param rawPath  the path as sent, escapes kept
 * @param rawQuery the query as sent (without {@code ?}), or null
 */
record RequestTarget(String rawPath, String rawQuery) {
    /** Characters allowed in a path or query besides letters, digits and {@code %} escapes (RFC 3986 pchar, / and ?). */
    private static final String ALLOWED = "-._~!$&'()*+,;=:@/?";

    /** The target, or empty when it is not one a client may send (the reason is then a client error, not ours). */
    static Optional<RequestTarget> parse(String target) {
        String rest = target;
        if (rest.startsWith("http://") || rest.startsWith("https://")) {
            int slash = rest.indexOf('/', rest.indexOf("//") + 2);
            rest = slash < 0 ? "/" : rest.substring(slash);
        }
        if (!rest.startsWith("/") || !wellFormed(rest)) {
            return Optional.empty();
        }
        int question = rest.indexOf('?');
        return Optional.of(question < 0 ? new RequestTarget(rest, null)
                : new RequestTarget(rest.substring(0, question), rest.substring(question + 1)));
    }

    /** The path with its escapes decoded ({@code +} stays a plus, as in any path). */
    String path() {
        return decode(rawPath);
    }

    private static boolean wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length() || hex(text.charAt(i + 1)) < 0 || hex(text.charAt(i + 2)) < 0) {
                    return false;
                }
                i += 2;
            } else if (!(c < 128 && (Character.isLetterOrDigit(c) || ALLOWED.indexOf(c) >= 0))) {
                return false;
            }
        }
        try {
            // escapes that decode to something other than UTF-8 are refused here, not turned into replacement characters
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes(text)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String decode(String text) {
        return text.indexOf('%') < 0 ? text : new String(bytes(text), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                out.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
