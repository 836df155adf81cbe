package dev.debtos.engine.suppression;

import dev.debtos.engine.lexer.Comment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code debt-os:ignore RULE-KEY reason} and {@code debt-os:ignore-file RULE-KEY reason} in comments, in every
 * language's comment syntax (the lexer has already told comments from code and strings). Several keys may be given,
 * separated by commas; {@code *} means every rule.
 */
final class InlineDirectives {
    static final String MARKER = "debt-os:ignore";
    private static final Pattern DIRECTIVE = Pattern.compile(
            "debt-os:ignore(-file)?\\s+((?:\\*|[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)(?:\\s*,\\s*(?:\\*|[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+))*)(.*)");

    /** One directive: its rules, whether it covers the whole file, the comment's lines and the reason. */
    record Directive(List<String> rules, boolean wholeFile, int startLine, int endLine, String reason) {
        boolean names(String ruleKey) {
            return rules.contains("*") || rules.contains(ruleKey);
        }
    }

    private InlineDirectives() {
    }

    static List<Directive> in(List<Comment> comments) {
        List<Directive> directives = new ArrayList<>();
        for (Comment comment : comments) {
            if (!comment.text().contains(MARKER)) {
                continue;
            }
            Matcher m = DIRECTIVE.matcher(comment.text());
            while (m.find()) {
                List<String> rules = Arrays.stream(m.group(2).split(",")).map(String::strip).toList();
                String reason = m.group(3).strip();
                int end = reason.indexOf('\n');
                reason = (end < 0 ? reason : reason.substring(0, end)).strip();
                // a block comment's closing decoration is no reason
                reason = reason.replaceAll("\\s*(\\*/|-->|\\*)$", "").strip();
                directives.add(new Directive(rules, m.group(1) != null, comment.startLine(), comment.endLine(), reason));
            }
        }
        return directives;
    }
}
