package dev.debtos.platform.ledger;

/**
 * A path glob ({@code src/**}{@code /*.java}) as SQL: an anchored POSIX regular expression for {@code path ~ ?}, and
 * the literal prefix before the first wildcard for {@code path LIKE ? ESCAPE '\'}, which lets the
 * {@code (repository_id, path text_pattern_ops)} index narrow the rows first.
 *
 * <p>Semantics (gitignore-like): {@code **}{@code /} is zero or more directories, {@code **} anything, {@code *}
 * anything within one path segment, {@code ?} one character other than {@code /}; every other character is literal.
 * A glob without {@code /} matches the file name at any depth ({@code *.java}); with one it is anchored at the
 * repository root. Paths are repository-relative with {@code /} separators.
 */
public record PathGlob(String likePrefix, String regex) {
    public static final int MAX_LENGTH = 300;

    public static PathGlob parse(String glob) {
        if (glob == null || glob.isEmpty() || glob.length() > MAX_LENGTH || glob.chars().anyMatch(c -> c < 0x20)) {
            throw new IllegalArgumentException("a glob is 1 to " + MAX_LENGTH + " printable characters");
        }
        String pattern = glob.startsWith("/") ? glob.substring(1) : glob;
        boolean anywhere = !glob.contains("/");
        StringBuilder regex = new StringBuilder(anywhere ? "^(.*/)?" : "^");
        StringBuilder prefix = new StringBuilder();
        boolean literal = !anywhere;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*' || c == '?') {
                literal = false;
            }
            if (c == '*' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
                boolean directories = i + 2 < pattern.length() && pattern.charAt(i + 2) == '/';
                regex.append(directories ? "(.*/)?" : ".*");
                i += directories ? 2 : 1;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Character.isLetterOrDigit(c) || c == '/' || c == '_' || c == '-' ? String.valueOf(c) : "\\" + c);
                if (literal) {
                    prefix.append(c == '%' || c == '_' || c == '\\' ? "\\" + c : String.valueOf(c));
                }
            }
        }
        return new PathGlob(prefix + "%", regex.append('$').toString());
    }
}
