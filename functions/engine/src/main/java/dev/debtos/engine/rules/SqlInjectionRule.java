package dev.debtos.engine.rules;

import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.Severity;
import dev.debtos.engine.secrets.Literals;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL built from variables and handed to a query call: whoever controls the variable controls the statement.
 * Dynamic SQL is a literal that starts like a statement ({@code SELECT}, {@code INSERT INTO}, {@code UPDATE ... SET},
 * {@code DELETE FROM}) joined to a non-constant value: {@code +} with a variable, a Python f-string, {@code %} or
 * {@code .format(...)}, a JavaScript template with {@code ${...}}, {@code String.format} or {@code fmt.Sprintf}. It is
 * reported where it reaches a query call ({@code executeQuery}, {@code execute}, {@code query}, {@code raw},
 * {@code Exec}, {@code QueryRow} ...), on the same line or through a variable assigned earlier in the file.
 * Constants in capitals ({@code "SELECT * FROM " + TABLE}) are not variables; placeholders ({@code ?}, {@code $1},
 * {@code %s} passed as parameters) are the fix.
 */
public final class SqlInjectionRule extends RuleMetadata {
    public static final String KEY = "DEBT-SQLI-001";

    private static final Pattern STATEMENT = Pattern.compile(
            "(?i)^\\s*(?:select\\s+[\\w*.,\\s()]+\\s+from\\b|select\\s+\\*|insert\\s+into\\b|update\\s+[\\w.\"`]+\\s+set\\b"
                    + "|delete\\s+from\\b|replace\\s+into\\b|merge\\s+into\\b)|\\bwhere\\s+\\w+\\s*(?:=|like|in)\\s*['\"(]?\\s*$");
    private static final Pattern QUERY_CALL = Pattern.compile(
            "\\b(?:executeQuery|executeUpdate|executeLargeUpdate|execute|executemany|executescript|addBatch|prepareStatement"
                    + "|prepareCall|createQuery|createNativeQuery|createSQLQuery|queryForObject|queryForList|queryForMap"
                    + "|queryForRowSet|query|raw|Exec|ExecContext|Query|QueryContext|QueryRow|QueryRowContext"
                    + "|\\$queryRawUnsafe|\\$executeRawUnsafe)\\s*\\(\\s*([A-Za-z_$][\\w$.]*)?");
    private static final Pattern ASSIGNED = Pattern.compile("([A-Za-z_$][\\w$]*)\\s*(?:\\+?=|:=)\\s*[^=]");
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*(?:\\.[A-Z][A-Z0-9_]*)*");
    /** A statement's first word right after a quote (a literal that starts like SQL), or a WHERE fragment. */
    private static final Hints HINTS = Hints.files(hints());

    private static List<String> hints() {
        List<String> hints = new java.util.ArrayList<>();
        for (String word : List.of("SELECT ", "select ", "INSERT ", "insert ", "UPDATE ", "update ", "DELETE ", "delete ",
                "REPLACE ", "MERGE ", " WHERE ", " where ")) {
            for (String quote : List.of("\"", "'", "`")) {
                hints.add(quote + word);
            }
        }
        return List.copyOf(hints);
    }

    public SqlInjectionRule() {
        super(KEY, DebtType.SECURITY_ISSUE, "SQL built from variables",
                "A query is built by joining strings with variables and then run: whoever controls a variable can change "
                        + "the statement (SQL injection). Pass values as query parameters instead.");
    }

    @Override
    public List<Finding> check(RuleContext context) {
        SecurityScan.Findings findings = new SecurityScan.Findings(KEY, DebtType.SECURITY_ISSUE);
        for (SecurityScan.File file : SecurityScan.files(context, HINTS)) {
            Set<String> dynamicSql = new HashSet<>();
            for (int line = 1; line <= file.lines().length; line++) {
                String text = file.line(line);
                boolean dynamic = SecurityScan.containsAny(text, HINTS) && buildsDynamicSql(text, file.line(line + 1));
                if (!dynamic && (dynamicSql.isEmpty() || text.indexOf('(') < 0)) {
                    continue;
                }
                Matcher call = QUERY_CALL.matcher(text);
                boolean reported = false;
                while (call.find() && !reported) {
                    String argument = call.group(1);
                    boolean viaVariable = argument != null && dynamicSql.contains(argument);
                    if ((dynamic || viaVariable) && file.code().hasCode(line)) {
                        findings.add(file, line, Severity.HIGH, "SQL built from variables is passed to "
                                + call.group().replaceAll("\\s*\\(.*", "") + "(...): use query parameters", "query", 45);
                        reported = true;
                    }
                }
                if (dynamic && !reported) {
                    Matcher assigned = ASSIGNED.matcher(text);
                    if (assigned.find()) {
                        dynamicSql.add(assigned.group(1));
                    }
                }
            }
        }
        return findings.list();
    }

    /** Whether the line joins a statement-like literal with something that is neither a literal nor a constant. */
    static boolean buildsDynamicSql(String line, String nextLine) {
        List<Literals.Literal> literals = Literals.in(line);
        for (int i = 0; i < literals.size(); i++) {
            Literals.Literal literal = literals.get(i);
            String content = literal.content(line);
            if (!STATEMENT.matcher(content).find()) {
                continue;
            }
            char prefix = literal.quote() > 0 ? line.charAt(literal.quote() - 1) : ' ';
            if ((prefix == 'f' || prefix == 'F') && content.contains("{")
                    || line.charAt(literal.quote()) == '`' && content.contains("${")) {
                return true;                                   // f"... {x}", `... ${x}`
            }
            String after = line.substring(literal.end() + 1).stripLeading();
            if (after.startsWith(".format(") || after.startsWith("%") && !after.startsWith("%=")) {
                return true;
            }
            String before = line.substring(0, literal.quote()).stripTrailing();
            if (before.endsWith("String.format(") || before.endsWith("fmt.Sprintf(") || before.endsWith("formatted(")) {
                return after.startsWith(",") && joinsVariable(after.substring(1).strip());
            }
            if (after.startsWith("+") && !after.startsWith("+=")) {
                String operand = after.substring(1).strip();
                if (operand.isEmpty()) {
                    operand = nextLine.strip();                // "SELECT ... " +
                }                                               //     id
                if (joinsVariable(operand)) {
                    return true;
                }
            }
            if (before.endsWith("+")) {
                String left = before.substring(0, before.length() - 1).stripTrailing();
                int start = left.length();
                while (start > 0 && (Character.isJavaIdentifierPart(left.charAt(start - 1)) || left.charAt(start - 1) == '.')) {
                    start--;
                }
                String operand = left.substring(start);
                if (!operand.isEmpty() && !CONSTANT.matcher(operand).matches() && !operand.endsWith("\"")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The start of an operand that is a variable or call, not a literal, a constant or a number. */
    private static boolean joinsVariable(String operand) {
        if (operand.isEmpty()) {
            return false;
        }
        char first = operand.charAt(0);
        if (first == '"' || first == '\'' || first == '`' || Character.isDigit(first)) {
            return false;
        }
        int end = 0;
        while (end < operand.length() && (Character.isJavaIdentifierPart(operand.charAt(end)) || operand.charAt(end) == '.')) {
            end++;
        }
        String name = operand.substring(0, end);
        return !name.isEmpty() && !CONSTANT.matcher(name).matches();
    }
}
