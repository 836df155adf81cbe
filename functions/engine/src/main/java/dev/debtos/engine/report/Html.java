package dev.debtos.engine.report;

import java.util.Locale;

/**
 * Builds HTML (and the SVG inside it) so that nothing from a repository can become markup: text and attribute values
 * are always escaped; only tag and attribute names, which are constants of this package, and {@link #raw} go out as
 * given. Control characters that HTML forbids become U+FFFD.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(128 * 1024);

    /** {@code <tag name="value" ...>}; attributes are name/value pairs, a null value leaves the attribute out. */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        appendAttributes(attributes);
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element with nothing inside: {@code <circle .../>} in SVG, {@code <meta .../>} in HTML. */
    Html empty(String tag, String... attributes) {
        out.append('<').append(tag);
        appendAttributes(attributes);
        out.append("/>");
        return this;
    }

    /** {@code <tag ...>text</tag>}, the text escaped. */
    Html element(String tag, Object text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    Html text(Object value) {
        out.append(escape(String.valueOf(value)));
        return this;
    }

    /** A repository path, escaped, with a line-break opportunity after each {@code /}. */
    Html path(String path) {
        int start = 0;
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', start)) {
            text(path.substring(start, slash + 1)).raw("<wbr>");
            start = slash + 1;
        }
        return text(path.substring(start));
    }

    /** Markup written by this package (the style sheet, a doctype): never anything read from a repository. */
    Html raw(String trustedMarkup) {
        out.append(trustedMarkup);
        return this;
    }

    Html newline() {
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(allowed(c) ? c : '\uFFFD');
            }
        }
        return escaped.toString();
    }

    /** {@code 0.3408} with 1 decimal → {@code "0.3"}: numbers in SVG coordinates and labels, never locale-dependent. */
    static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** Thousands separated by commas: {@code 12,345}. */
    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private void appendAttributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
    }

    private static boolean allowed(char c) {
        return c >= 0x20 && c != 0x7f && !(c >= 0x80 && c <= 0x9f) || c == '\n' || c == '\t' || c == '\r';
    }
}
