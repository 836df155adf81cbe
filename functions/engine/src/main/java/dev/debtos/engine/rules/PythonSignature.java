package dev.debtos.engine.rules;

import dev.debtos.engine.metrics.FunctionMetrics;

/**
 * The parameters of a Python {@code def} that a caller must pass: not {@code self}/{@code cls}, not one with a default,
 * not {@code *args} or {@code **kwargs}, not the {@code /} and {@code *} separators, and not the keyword-only ones after
 * {@code *} (named at every call, so not passed in the wrong order).
 */
final class PythonSignature {
    private static final int MAX_SIGNATURE_LINES = 60;

    private PythonSignature() {
    }

    /** The count, or -1 when the function's {@code def (...)} is not found from its first line. */
    static int requiredParameters(dev.debtos.engine.source.SourceFile source, FunctionMetrics fn) {
        String text = source.lines(fn.startLine(), Math.min(fn.endLine(), fn.startLine() + MAX_SIGNATURE_LINES));
        int def = text.indexOf("def " + fn.name());
        int open = def < 0 ? -1 : text.indexOf('(', def);
        if (open < 0) {
            return -1;
        }
        int required = 0;
        int depth = 0;
        boolean keywordOnly = false;
        boolean first = true;
        StringBuilder parameter = new StringBuilder();
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                int end = text.indexOf(c, i + 1);
                if (end < 0) {
                    return -1;
                }
                parameter.append("''");
                i = end;
                continue;
            }
            if (c == '#') { // a comment inside the signature runs to the end of its line
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' && depth == 0 || c == ',' && depth == 0) {
                String p = parameter.toString().strip();
                parameter.setLength(0);
                if (!p.isEmpty()) {
                    if (p.startsWith("*")) {
                        keywordOnly = true; // *, *args: the rest are keyword-only; **kwargs: the last one
                    } else if (!p.equals("/") && !(first && isReceiver(p)) && !keywordOnly && !hasDefault(p)) {
                        required++;
                    }
                    first = false;
                }
                if (c == ')') {
                    return required;
                }
                continue;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
            parameter.append(c);
        }
        return -1;
    }

    private static boolean isReceiver(String parameter) {
        String name = parameter.split("[:\\s=]", 2)[0];
        return name.equals("self") || name.equals("cls");
    }

    /** An {@code =} outside brackets (a default), not part of a comparison in an annotation. */
    private static boolean hasDefault(String parameter) {
        int depth = 0;
        for (int i = 0; i < parameter.length(); i++) {
            char c = parameter.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == '=' && depth == 0) {
                return true;
            }
        }
        return false;
    }
}
