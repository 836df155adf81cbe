package dev.debtos.engine.rules;

import dev.debtos.engine.source.SourceFile;

/**
 * Which lines of a file hold code rather than only comments or documentation (a Python docstring counts as
 * documentation): the lexer is run on demand, once per file for all rules ({@link TextIndex#hasCode}), and only for a
 * file a rule has candidates in, since the measure stage does not keep tokens.
 */
final class CodeLines {
    private final TextIndex index;
    private final SourceFile source;

    CodeLines(RuleContext context, SourceFile source) {
        this.index = context.textIndex();
        this.source = source;
    }

    boolean hasCode(int line) {
        return index.hasCode(source, line);
    }
}
