package dev.debtos.engine.rules;

import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.Fingerprints;
import dev.debtos.engine.findings.Severity;
import dev.debtos.engine.metrics.FileMetrics;
import dev.debtos.engine.metrics.FunctionMetrics;
import dev.debtos.engine.secrets.SecretMask;
import dev.debtos.engine.source.Language;
import dev.debtos.engine.source.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the static security rules share: the production files of the languages they claim (Java, Kotlin, Python,
 * JavaScript, TypeScript, Go) that hold one of the rule's hints anywhere (found for all rules in one pass, {@link TextIndex},
 * before any line is looked at), their lines, which lines hold code (the lexer, run only for such files), the function around a
 * line, and one finding per place with the code line as evidence.
 */
final class SecurityScan {
    static final Set<Language> LANGUAGES = Set.of(Language.JAVA, Language.KOTLIN, Language.PYTHON, Language.JAVASCRIPT,
            Language.TYPESCRIPT, Language.GO);

    /** One candidate file. */
    record File(FileMetrics metrics, SourceFile source, String[] lines, CodeLines code) {
        Language language() {
            return source.language();
        }

        String path() {
            return metrics.path();
        }

        /** The 1-based line's text ("" outside the file). */
        String line(int number) {
            return number >= 1 && number <= lines.length ? lines[number - 1] : "";
        }

        /** The lines of the innermost function around {@code line}, or the line alone outside functions. */
        String functionAround(int line) {
            FunctionMetrics best = functionAt(line);
            return best == null ? line(line) : source.lines(best.startLine(), best.endLine());
        }

        /** The innermost function around {@code line}, or null outside functions. */
        FunctionMetrics functionAt(int line) {
            FunctionMetrics best = null;
            for (FunctionMetrics fn : metrics.functions()) {
                if (fn.startLine() <= line && line <= fn.endLine()
                        && (best == null || fn.endLine() - fn.startLine() < best.endLine() - best.startLine())) {
                    best = fn;
                }
            }
            return best;
        }
    }

    private SecurityScan() {
    }

    /** Whether {@code line} holds one of {@code hints}: the cheap test before a line's regular expressions. */
    static boolean containsAny(String line, Hints hints) {
        return hints.in(line);
    }

    /** The production files of the claimed languages whose text holds one of {@code hints}. */
    static List<File> files(RuleContext context, Hints hints) {
        List<File> files = new ArrayList<>();
        for (FileMetrics metrics : context.files()) {
            SourceFile source = context.sources().get(metrics.path());
            if (source == null || !LANGUAGES.contains(source.language()) || !context.roles().isProduction(metrics.path())) {
                continue;
            }
            if (context.textIndex().holds(source, hints)) {
                files.add(new File(metrics, source, source.text().split("\n", -1), new CodeLines(context, source)));
            }
        }
        return files;
    }

    /** Findings of one rule, numbering repeats of the same identity within a file so that fingerprints stay distinct. */
    static final class Findings {
        private final String key;
        private final DebtType type;
        private final List<Finding> found = new ArrayList<>();
        private final Map<String, Integer> seen = new HashMap<>();

        Findings(String key, DebtType type) {
            this.key = key;
            this.type = type;
        }

        void add(File file, int line, Severity severity, String message, String identity, int minutes) {
            String evidence = SecretMask.maskLine(file.line(line).strip()) + "\n";
            int ordinal = seen.merge(file.path() + "\0" + identity, 1, Integer::sum) - 1;
            found.add(new Finding(key, type, severity, file.path(), line, line, message, evidence, minutes,
                    Fingerprints.of(key, file.path(), identity + "#" + ordinal), 0));
        }

        List<Finding> list() {
            return found;
        }
    }
}
