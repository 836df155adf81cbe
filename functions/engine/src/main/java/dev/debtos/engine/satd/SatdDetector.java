package dev.debtos.engine.satd;

import dev.debtos.engine.lexer.Comment;
import dev.debtos.engine.secrets.SecretMask;
import dev.debtos.engine.source.TextSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds self-admitted technical debt in comments (never in strings: the lexer has already told them apart).
 * <ul>
 * <li>Task tags stand as words: {@code TODO}, {@code FIXME}, {@code HACK}, {@code XXX}, {@code KLUDGE}, {@code REFACTOR},
 * {@code OPTIMIZE}, and lower-case {@code fixme}, {@code hack}, {@code kludge}; lower-case {@code todo} only where a line
 * starts with it ("todo list" describes an app). {@code XXX} must stand apart from paths, file names and numbers
 * ({@code /tmp/XXX}, {@code XXX.txt}, {@code 1.2.XXX} are placeholders).</li>
 * <li>Phrases that admit debt ("workaround", "temporary fix", "temporarily disabled", "remove after", "quick and
 * dirty", "for now", "this is wrong"...), case-insensitively; "temporary" alone describes things (a temporary file),
 * so it counts only where it qualifies the code itself.</li>
 * <li>Not debt: phrases in documentation comments ({@code /** ..*}{@code /}), license headers, and text quoted in a
 * comment ({@code "TODO"}, {@code `# TODO: ...`}), which is an example, not an admission.</li>
 * <li>In documentation comments the lower-case words ({@code hack}, {@code fixme}, {@code kludge}) are prose, like
 * the phrases: only the upper-case tags mark debt there.</li>
 * <li>Not debt either: a tag that names the word rather than marks work ("returns the TODO list", "acts as a TODO tag",
 * "a FIXME"): {@code TODO}, {@code FIXME} or {@code XXX} after an article or before a noun such as list, item, marker,
 * comment or tag; and a tag inside commented-out code, where the comment's own text is a comment again
 * ({@code //    // TODO ...}, {@code #     # TODO ...}) or the tag follows a commented-out statement's trailing
 * comment ({@code // call(); // TODO ...}): the note went out with the code it belonged to.</li>
 * </ul>
 * Each comment line yields at most one finding, its text with any secret masked. Most comments hold none of the
 * words, so a cheap substring pre-check (all hints in one pass, {@link TextSearch}) runs before any regex.
 */
public final class SatdDetector {
    private static final Pattern TAG = Pattern.compile(
            "(?<![A-Za-z0-9_])(TODO|FIXME|HACK|XXX|KLUDGE|REFACTOR|OPTIMIZE|fixme|hack|kludge)(?![A-Za-z0-9_])");
    /** Lower-case todo where a line starts with it, or as a documentation tag ({@code @todo} in JSDoc, Doxygen, PHPDoc). */
    private static final Pattern LEADING_TODO = Pattern.compile("^(?:[-*#/!\\s]*)(todo|Todo)\\b|(?<![A-Za-z0-9_])@todo\\b");
    private static final Pattern PHRASE = Pattern.compile("(?i)\\b(work[- ]?around"
            + "|temporary (?:fix|hack|workaround|solution|measure|patch|code|change|crutch|kludge|until|for now|hardcod\\w*)"
            + "|(?:this|it) is (?:just |only )?temporary(?!\\s+[a-z])|temporary(?=\\s*(?:\\)|$|[.;!]\\s*$))"
            + "|temporar(?:y|ily)\\b(?=.*\\b(?:until|to be removed|will be removed|will go away|remove (?:it|this|them)))"
            + "|temporarily (?:disabl\\w*|skip\\w*|comment\\w*|remov\\w*|hardcod\\w*|ignor\\w*|bypass\\w*|work\\w*|patch\\w*|hack\\w*|until)"
            + "|remove (?:this |me )?(?:after|before|when|once)|get rid of (?:this|it)"
            + "|quick (?:and dirty|fix|hack)|ugly|hacky|kludgy|tech(?:nical)? debt"
            + "|needs? (?:to be )?refactor(?:ing|ed)?|should be refactored"
            + "|not (?:yet )?implemented|(?:does not|doesn't|not) (?:work|supported|handled) yet"
            + "|for now|tbd|this is wrong|(?:is|isn't) (?:not )?quite right|(?:probably|prolly) a bug|yuck|crap)\\b");
    private static final Pattern LICENSE = Pattern.compile(
            "(?i)copyright|licen[cs]ed under|spdx-license|permission is hereby granted|all rights reserved|without warranty");
    /** An article or determiner before a tag: the word is talked about ("the TODO list", "a FIXME"). */
    private static final Pattern NAMED_BEFORE = Pattern.compile("(?i)\\b(?:a|an|the|any|each|every|no|these|those|such|of)\\s+$");
    /** A noun after a tag: the word qualifies it ("TODO list", "FIXME comments", "XXX markers"). */
    private static final Pattern NAMED_AFTER = Pattern.compile("(?i)^[-\\s]+(?:lists?|items?|markers?|marks|comments?|tags?|"
            + "entries|entry|notes?|apps?|application|tasks?|keywords?|annotations?|placeholders?)\\b");
    /** A comment whose own text is a comment again: a line of commented-out code that was itself a comment. */
    private static final Pattern NESTED_COMMENT = Pattern.compile("^(?:\\s*//|\\s+#)");
    /** Double-quoted and back-quoted spans, and single-quoted ones that do not start inside a word (don't). */
    private static final Pattern QUOTED = Pattern.compile("\"[^\"\\n]*\"|`[^`\\n]*`|(?<![A-Za-z])'[^'\\n]*'");

    private SatdDetector() {
    }

    private static final String[] TAG_HINTS = {"TODO", "FIXME", "HACK", "XXX", "KLUDGE", "REFACTOR", "OPTIMIZE",
            "todo", "Todo", "fixme", "hack", "kludge"};
    private static final String[] PHRASE_HINTS = {"workaround", "work around", "work-around", "temporar", "remove ",
            "get rid", "quick", "ugly", "hack", "kludg", "debt", "refactor", "implemented", " yet", "for now", "tbd", "wrong",
            "quite right", "bug", "yuck", "crap"};
    /** Each hint list searched in one pass over a comment rather than one per hint. */
    private static final TextSearch TAGS = new TextSearch(List.of(TAG_HINTS));
    private static final TextSearch PHRASES = new TextSearch(List.of(PHRASE_HINTS));

    public static List<SatdComment> detect(String path, List<Comment> comments) {
        List<SatdComment> found = new ArrayList<>();
        for (Comment comment : comments) {
            String text = comment.text();
            boolean tags = TAGS.firstIn(text) >= 0;
            boolean phrases = !text.startsWith("*") && hasPhraseHint(text);
            if (!tags && !phrases || LICENSE.matcher(text).find()) {
                continue;
            }
            String[] lines = text.split("\n", -1);
            for (int offset = 0; offset < lines.length; offset++) {
                String line = lines[offset];
                if (NESTED_COMMENT.matcher(line).find()) {
                    continue; // commented-out code: its notes went out with it
                }
                String marker = marker(QUOTED.matcher(line).replaceAll("\"\""), phrases, text.startsWith("*"));
                if (marker != null) {
                    String cleaned = SecretMask.mask(clean(line));  // the comment travels into reports and the ledger
                    found.add(new SatdComment(path, comment.startLine() + offset, marker, SatdClassifier.classify(marker, cleaned),
                            cleaned, null, null));
                }
            }
        }
        return found;
    }

    /** Whether the lower-cased text holds a phrase hint (ASCII text is not lower-cased, its letters compared alike). */
    private static boolean hasPhraseHint(String text) {
        int found = PHRASES.firstIgnoringAsciiCase(text);
        if (found != TextSearch.NOT_ASCII) {
            return found >= 0;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String hint : PHRASE_HINTS) {
            if (lower.contains(hint)) {
                return true;
            }
        }
        return false;
    }

    private static String marker(String line, boolean phrases, boolean documentation) {
        Matcher tag = TAG.matcher(line);
        while (tag.find()) {
            String word = tag.group(1);
            if (word.equals("XXX") && !standsApart(line, tag.start(1), tag.end(1))
                    || documentation && Character.isLowerCase(word.charAt(0))) {
                continue; // a placeholder; or prose in documentation ("you just hack in a quick number?")
            }
            if (afterCommentedOutCode(line, tag.start(1))) {
                return null;
            }
            if (!isNamed(line, word, tag.start(1), tag.end(1))) {
                return word.toUpperCase(Locale.ROOT);
            }
        }
        if (LEADING_TODO.matcher(line).find()) {
            return "TODO";
        }
        if (!phrases) {
            return null;
        }
        Matcher phrase = PHRASE.matcher(line);
        return phrase.find() ? phrase.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** The word talked about rather than used as a marker: "the TODO list", "an exception based TODO tag", "a FIXME". */
    private static boolean isNamed(String line, String word, int start, int end) {
        if (!word.equals("TODO") && !word.equals("FIXME") && !word.equals("XXX")) {
            return false; // "a hack", "this kludge" admit debt
        }
        return NAMED_BEFORE.matcher(line.substring(0, start)).find() || NAMED_AFTER.matcher(line.substring(end)).find();
    }

    /** A tag in the trailing comment of a commented-out statement: {@code // call(); // TODO ...} (not {@code http://}). */
    private static boolean afterCommentedOutCode(String line, int tagStart) {
        int inner = line.lastIndexOf("//", tagStart);
        return inner > 0 && Character.isWhitespace(line.charAt(inner - 1)) && line.substring(0, inner).strip().matches(".*[;{})]");
    }

    /** XXX as a marker, not part of a path, file name, version or template ({@code /tmp/XXX}, {@code XXX.txt}). */
    private static boolean standsApart(String line, int start, int end) {
        char before = start == 0 ? ' ' : line.charAt(start - 1);
        char after = end == line.length() ? ' ' : line.charAt(end);
        char afterNext = end + 1 >= line.length() ? ' ' : line.charAt(end + 1);
        boolean cleanBefore = Character.isWhitespace(before) || before == '(' || before == '*' || before == '#' || before == '/'
                && (start < 2 || line.charAt(start - 2) == '/' || Character.isWhitespace(line.charAt(start - 2)));
        boolean cleanAfter = Character.isWhitespace(after) || after == ':' || after == ',' || after == '!' || after == ')'
                || after == '?' || after == '.' && Character.isWhitespace(afterNext);
        return cleanBefore && cleanAfter;
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
