package dev.debtos.engine.metrics;

import dev.debtos.engine.lexer.Lexers;
import dev.debtos.engine.lexer.TokenStream;
import dev.debtos.engine.source.Language;
import dev.debtos.engine.source.SourceFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Line counts and per-function metrics of one file, from its token stream. */
public final class FileMeasurer {

    private FileMeasurer() {
    }

    public static FileMetrics measure(SourceFile file) {
        return measure(file, Lexers.lex(file));
    }

    public static FileMetrics measure(SourceFile file, TokenStream tokens) {
        BraceMatcher braces = new BraceMatcher(tokens);
        List<FunctionMetrics> functions = switch (file.language().family()) {
            case C_LIKE -> braceFunctions(file, tokens, braces);
            case PYTHON -> {
                PythonFunctions python = new PythonFunctions(tokens, braces);
                yield measureAll(tokens, python.locate(), python::measure);
            }
            case RUBY -> {
                RubyFunctions ruby = new RubyFunctions(tokens, braces);
                yield measureAll(tokens, ruby.locate(), ruby::measure);
            }
        };
        return lineCounts(file, tokens, functions);
    }

    private static List<FunctionMetrics> braceFunctions(SourceFile file, TokenStream tokens, BraceMatcher braces) {
        BraceFunctionLocator.Result located = BraceFunctionLocator.locate(tokens, file.language(), braces);
        BraceComplexity complexity = new BraceComplexity(tokens, file.language(), braces, located.anonymousBodies());
        if (file.language() != Language.JAVA) {
            return measureAll(tokens, located.functions(), complexity::measure);
        }
        JavaCyclomatic pmd = new JavaCyclomatic(tokens, braces, located.anonymousBodies());
        List<FunctionSpan> spans = new ArrayList<>(located.functions());
        spans.addAll(JavaBodylessMethods.locate(tokens, braces));
        complexity.resolveOverloads(new JavaOverloads(tokens, spans));
        return measureAll(tokens, spans, (span, nested) -> {
            ComplexityTally tally = complexity.measure(span, nested);
            tally.useCyclomatic(pmd.measure(span, nested));
            return tally;
        });
    }

    @FunctionalInterface
    private interface Counter {
        ComplexityTally measure(FunctionSpan span, List<FunctionSpan> nested);
    }

    private static List<FunctionMetrics> measureAll(TokenStream tokens, List<FunctionSpan> spans, Counter counter) {
        List<FunctionSpan> ordered = new ArrayList<>(spans);
        ordered.sort(Comparator.comparingInt(FunctionSpan::nameToken));
        List<FunctionMetrics> result = new ArrayList<>(ordered.size());
        for (FunctionSpan span : ordered) {
            List<FunctionSpan> nested = new ArrayList<>();
            for (FunctionSpan other : ordered) {
                if (span.contains(other) && nested.stream().noneMatch(n -> n.contains(other))) {
                    nested.add(other);
                }
            }
            ComplexityTally tally = counter.measure(span, nested);
            int nloc = 0;
            for (int line = span.startLine(); line <= span.endLine(); line++) {
                if (tokens.lineHasCode(line)) {
                    nloc++;
                }
            }
            result.add(tally.toMetrics(span, nloc, ParameterCounter.count(tokens, span.paramOpen(), span.paramClose())));
        }
        result.sort(Comparator.comparingInt(FunctionMetrics::startLine));
        return result;
    }

    /**
     * cloc's convention: lines with any code are code, lines with comment text only are comment, the rest (blank,
     * or whitespace inside a block comment) are blank. The lexers flag each line as they go.
     */
    private static FileMetrics lineCounts(SourceFile file, TokenStream tokens, List<FunctionMetrics> functions) {
        int physical = tokens.lineCount();
        int blanks = 0;
        int comments = 0;
        int code = 0;
        for (int line = 1; line <= physical; line++) {
            if (tokens.lineHasCode(line)) {
                code++;
            } else if (tokens.lineHasComment(line)) {
                comments++;
            } else {
                blanks++;
            }
        }
        return new FileMetrics(file.path(), file.language(), physical, blanks, comments, code, List.copyOf(functions));
    }
}
