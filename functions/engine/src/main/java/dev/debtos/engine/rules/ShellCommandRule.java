package dev.debtos.engine.rules;

import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.Severity;
import dev.debtos.engine.source.Language;
import dev.debtos.engine.findings.FindingLocation;
import dev.debtos.engine.findings.Fingerprints;
import dev.debtos.engine.metrics.FunctionMetrics;
import dev.debtos.engine.secrets.SecretMask;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A shell command built from variables: whoever controls a variable can run commands of their own. Java:
 * {@code Runtime.exec(...)} with a joined string, or {@code ProcessBuilder}/{@code exec} of {@code sh -c} with a
 * variable; Python: {@code os.system}/{@code os.popen} with anything but a plain literal, {@code subprocess.*} with
 * {@code shell=True} and a non-literal command; JavaScript/TypeScript: {@code child_process}'s {@code exec} /
 * {@code execSync} with a template or joined string (files that import {@code child_process} only, since
 * {@code RegExp.exec} has the same name); Go: {@code exec.Command("sh", "-c", ...)} with a variable. Argument lists
 * without a shell ({@code subprocess.run([...])}, {@code execFile}, {@code exec.Command("git", arg)}) are the fix.
 * One finding per function, with its other such calls as related locations.
 */
public final class ShellCommandRule extends RuleMetadata {
    public static final String KEY = "DEBT-SHELL-001";

    private static final Pattern JAVA_EXEC = Pattern.compile("\\.exec\\s*\\((.*)");
    private static final Pattern SHELL_C = Pattern.compile("[\"'](?:/bin/)?(?:sh|bash|zsh|cmd(?:\\.exe)?)[\"']\\s*,\\s*[\"'](?:-c|/c)[\"']\\s*,\\s*(.*)");
    private static final Pattern PY_SYSTEM = Pattern.compile("\\bos\\.(?:system|popen)\\s*\\((.*)");
    private static final Pattern PY_SUBPROCESS = Pattern.compile("\\bsubprocess\\.(?:call|run|Popen|check_call|check_output|getoutput|getstatusoutput)\\s*\\((.*)");
    private static final Pattern JS_EXEC = Pattern.compile("(?:^|[^.\\w]|\\b(?:child_process|childProcess|cp|proc)\\.)(?:exec|execSync)\\s*\\((.*)");
    private static final Hints HINTS = Hints.files(List.of("getRuntime()", "\"-c\"", "'-c'", "\"/c\"", "os.system", "os.popen",
            "subprocess", "child_process"));
    /** What a line must hold for the patterns to match it. */
    private static final Hints LINE_HINTS = Hints.of(List.of("exec", "-c", "/c", "os.system", "os.popen", "subprocess"));

    public ShellCommandRule() {
        super(KEY, DebtType.SECURITY_ISSUE, "Shell command built from variables",
                "A shell command line is built from variables: whoever controls one can run commands of their own "
                        + "(command injection). Run the program with an argument list, without a shell.");
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (SecurityScan.File file : SecurityScan.files(context, HINTS)) {
            boolean childProcess = file.source().text().contains("child_process");
            Map<Integer, List<Call>> byFunction = new LinkedHashMap<>(); // function start line (or the line) -> calls
            for (int line = 1; line <= file.lines().length; line++) {
                String text = file.line(line);
                if (!SecurityScan.containsAny(text, LINE_HINTS)) {
                    continue;
                }
                String call = dynamicCommand(file.language(), text, file.line(line + 1), childProcess);
                if (call != null && file.code().hasCode(line)) {
                    FunctionMetrics fn = file.functionAt(line);
                    byFunction.computeIfAbsent(fn == null ? -line : fn.startLine(), k -> new ArrayList<>())
                            .add(new Call(line, call, fn == null ? null : fn.name()));
                }
            }
            Map<String, Integer> seen = new HashMap<>(); // same-named functions in one file keep distinct fingerprints
            for (List<Call> calls : byFunction.values()) {
                String identity = calls.getFirst().function() == null ? "" : calls.getFirst().function();
                findings.add(finding(file, calls, identity + "#" + (seen.merge(identity, 1, Integer::sum) - 1)));
            }
        }
        return findings;
    }

    private record Call(int line, String runner, String function) {
    }

    /**
     * One finding per function: at its first such call, the others as related locations. A review item (there is no
     * data flow: whether a variable carries outside input is for a reader to decide), so medium, and 45 minutes for the
     * first call plus 15 for each other one.
     */
    private static Finding finding(SecurityScan.File file, List<Call> calls, String identity) {
        Call first = calls.getFirst();
        Set<String> runners = new LinkedHashSet<>();
        List<FindingLocation> related = new ArrayList<>();
        StringBuilder evidence = new StringBuilder();
        for (Call call : calls) {
            runners.add(call.runner());
            evidence.append(SecretMask.maskLine(file.line(call.line()).strip())).append('\n');
            if (call != first) {
                related.add(new FindingLocation(file.path(), call.line(), call.line(), 0));
            }
        }
        String where = first.function() == null ? "" : " in '" + first.function() + "'";
        String count = calls.size() == 1 ? "" : " (" + calls.size() + " calls" + where + ")";
        String message = "Shell command built from variables is run by " + String.join(", ", runners) + count
                + ": pass an argument list without a shell";
        return new Finding(KEY, DebtType.SECURITY_ISSUE, Severity.MEDIUM, file.path(), first.line(), first.line(),
                message, evidence.toString(), 45 + 15 * (calls.size() - 1),
                Fingerprints.of(KEY, file.path(), identity), 0,
                related);
    }

    /** The call that runs a command built from variables on this line, or null. */
    static String dynamicCommand(Language language, String line, String nextLine, boolean childProcess) {
        Matcher shell = SHELL_C.matcher(line);
        if (shell.find() && isDynamic(shell.group(1), nextLine)) {
            return "a shell (-c)";
        }
        switch (language) {
            case JAVA, KOTLIN -> {
                Matcher exec = JAVA_EXEC.matcher(line);
                String args = exec.find() ? exec.group(1).strip() : "";
                boolean joined = args.startsWith("\"") || args.startsWith("String.format(");   // a variable may be an argument array
                if (line.contains("getRuntime()") && joined && (args.startsWith("String.format(") || isDynamic(args, nextLine))) {
                    return "Runtime.exec";
                }
            }
            case PYTHON -> {
                Matcher system = PY_SYSTEM.matcher(line);
                if (system.find() && isDynamic(system.group(1), nextLine)) {
                    return line.contains("popen") ? "os.popen" : "os.system";
                }
                Matcher subprocess = PY_SUBPROCESS.matcher(line);
                if (subprocess.find() && (line.contains("shell=True") || nextLine.contains("shell=True"))
                        && !subprocess.group(1).stripLeading().startsWith("[") && isDynamic(subprocess.group(1), nextLine)) {
                    return "subprocess with shell=True";
                }
            }
            case JAVASCRIPT, TYPESCRIPT -> {
                Matcher exec = JS_EXEC.matcher(line);
                if (childProcess && exec.find() && isDynamic(exec.group(1), nextLine)) {
                    return "child_process.exec";
                }
            }
            default -> {
            }
        }
        return null;
    }

    /**
     * Whether a call's arguments (from just after its parenthesis) start with something built at run time: a variable,
     * a joined string, an f-string, a {@code %} or {@code .format} string, a template with {@code ${}}.
     */
    static boolean isDynamic(String arguments, String nextLine) {
        String args = arguments.strip();
        if (args.isEmpty()) {
            args = nextLine.strip();
        }
        if (args.isEmpty() || args.startsWith(")")) {
            return false;
        }
        char first = args.charAt(0);
        if (first == 'f' && args.length() > 1 && (args.charAt(1) == '"' || args.charAt(1) == '\'')) {
            return args.contains("{");
        }
        if (first == '`') {
            int end = args.indexOf('`', 1);
            return args.substring(0, end < 0 ? args.length() : end).contains("${");
        }
        if (first == '"' || first == '\'') {
            int end = closingQuote(args, first);
            if (end < 0) {
                return false;
            }
            String rest = args.substring(end + 1).stripLeading();
            return rest.startsWith("+") || rest.startsWith("%") || rest.startsWith(".format(");
        }
        if (first == '[' || first == '{' || Character.isDigit(first)) {
            return false;                                  // an argument list, an options object
        }
        int end = 0;
        while (end < args.length() && (Character.isJavaIdentifierPart(args.charAt(end)) || args.charAt(end) == '.')) {
            end++;
        }
        String name = args.substring(0, end);
        return !name.isEmpty() && !name.equals("new") && !name.matches("[A-Z][A-Z0-9_]*") && !name.equals("null")
                && !name.equals("None");
    }

    private static int closingQuote(String text, char quote) {
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return -1;
    }
}
