package dev.debtos.engine.satd;

import dev.debtos.engine.lexer.Comment;
import dev.debtos.engine.secrets.SecretMask;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds self-admitted technical debt in comments (never in strings: the lexer has already told them apart).
 * Task tags must stand as words ({@code TODO}, {@code FIXME:}, {@code XXX}); phrases ("workaround", "temporary",
 * "remove after" ...) are matched case-insensitively, but not in documentation comments ({@code /** ..*}{@code /}),
 * where words like "temporary" describe the API rather than admit debt. Each comment line yields at most one
 * finding, its text with any secret masked. Most comments hold none of the words, so a cheap substring pre-check runs before any regex.
 */
public final class SatdDetector {
    private static final Pattern TAG = Pattern.compile("(?<![A-Za-z0-9_])(TODO|FIXME|HACK|XXX|KLUDGE|REFACTOR|OPTIMIZE|todo|fixme|hack|kludge)(?![A-Za-z0-9_])");
    private static final Pattern PHRASE = Pattern.compile("(?i)\\b(work[- ]?around|temporary|temporarily|remove (this )?(after|before|when|once)"
            + "|quick (and dirty|fix|hack)|ugly|tech(nical)? debt|needs? (to be )?refactor(ing|ed)?|should be refactored"
            + "|not (yet )?implemented|for now|tbd)\\b");

    private SatdDetector() {
    }

    private static final String[] TAG_HINTS = {"TODO", "FIXME", "HACK", "XXX", "KLUDGE", "REFACTOR", "OPTIMIZE",
            "todo", "fixme", "hack", "kludge"};
    private static final String[] PHRASE_HINTS = {"workaround", "work around", "work-around", "temporar", "remove after",
            "remove before", "remove when", "remove once", "remove this", "quick", "ugly", "debt", "refactor", "implemented",
            "for now", "tbd"};

    public static List<SatdComment> detect(String path, List<Comment> comments) {
        List<SatdComment> found = new ArrayList<>();
        for (Comment comment : comments) {
            String text = comment.text();
            boolean tags = containsAny(text, TAG_HINTS);
            boolean phrases = !text.startsWith("*") && containsAny(text.toLowerCase(Locale.ROOT), PHRASE_HINTS);
            if (!tags && !phrases) {
                continue;
            }
            String[] lines = text.split("\n", -1);
            for (int offset = 0; offset < lines.length; offset++) {
                String line = lines[offset];
                String marker = marker(line, phrases);
                if (marker != null) {
                    String cleaned = SecretMask.mask(clean(line));  // the comment travels into reports and the ledger
                    found.add(new SatdComment(path, comment.startLine() + offset, marker, SatdClassifier.classify(marker, cleaned),
                            cleaned, null, null));
                }
            }
        }
        return found;
    }

    private static boolean containsAny(String text, String[] hints) {
        for (String hint : hints) {
            if (text.contains(hint)) {
                return true;
            }
        }
        return false;
    }

    private static String marker(String line, boolean phrases) {
        Matcher tag = TAG.matcher(line);
        if (tag.find()) {
            return tag.group(1).toUpperCase(Locale.ROOT);
        }
        if (!phrases) {
            return null;
        }
        Matcher phrase = PHRASE.matcher(line);
        return phrase.find() ? phrase.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** The comment text without decoration (leading '*', '#', '//' remnants) and trimmed to a sensible length. */
    private static String clean(String line) {
        String text = line.strip();
        while (!text.isEmpty() && (text.charAt(0) == '*' || text.charAt(0) == '/' || text.charAt(0) == '#' || text.charAt(0) == '!')) {
            text = text.substring(1).strip();
        }
        return text.length() > 300 ? text.substring(0, 297) + "..." : text;
    }
}
