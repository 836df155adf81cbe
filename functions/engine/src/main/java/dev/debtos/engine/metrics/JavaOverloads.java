package dev.debtos.engine.metrics;

import dev.debtos.engine.lexer.TokenKind;
import dev.debtos.engine.lexer.TokenStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Which of a Java file's same-named methods a call goes to, as far as the tokens tell: recursion is a call to the same
 * method, not to an overload (SonarSource's white paper; PMD resolves the call). A call picks the exact arity over a
 * varargs method; among overloads of the same arity, the one whose parameter types match more of the arguments whose
 * types the tokens show (a parameter passed on, a literal, {@code new T(..)}, a cast). When nothing tells them apart,
 * the call is taken to be a delegation to the overload, not recursion.
 */
final class JavaOverloads {
    private final TokenStream t;
    private final List<FunctionSpan> functions;

    JavaOverloads(TokenStream tokens, List<FunctionSpan> functions) {
        this.t = tokens;
        this.functions = functions;
    }

    /** Whether a call of {@code method}'s name with these arguments (top-level ranges) is {@code method} itself. */
    boolean callsItself(FunctionSpan method, List<int[]> arguments) {
        int count = arguments.size();
        List<String> own = parameterTypes(method);
        if (!accepts(method, own, count)) {
            return false;
        }
        boolean ownExact = !isVarargs(method) && own.size() == count;
        List<List<String>> rivals = new ArrayList<>();
        for (FunctionSpan other : functions) {
            if (other == method || !other.name().equals(method.name()) || other.paramOpen() < 0) {
                continue;
            }
            List<String> types = parameterTypes(other);
            boolean exact = !isVarargs(other) && types.size() == count;
            if (exact && !ownExact) {
                return false; // the exact arity wins over varargs
            }
            if (exact == ownExact && accepts(other, types, count)) {
                rivals.add(types);
            }
        }
        if (rivals.isEmpty()) {
            return true;
        }
        List<String> argumentTypes = new ArrayList<>();
        for (int[] range : arguments) {
            argumentTypes.add(typeOf(method, own, range[0], range[1]));
        }
        int ownScore = score(argumentTypes, own);
        for (List<String> rival : rivals) {
            if (score(argumentTypes, rival) >= ownScore) {
                return false;
            }
        }
        return true;
    }

    private static boolean accepts(FunctionSpan method, List<String> types, int count) {
        return types.size() == count || isVarargsList(types) && count >= types.size() - 1;
    }

    private boolean isVarargs(FunctionSpan method) {
        return isVarargsList(parameterTypes(method));
    }

    private static boolean isVarargsList(List<String> types) {
        return !types.isEmpty() && types.getLast().endsWith("...");
    }

    private static int score(List<String> arguments, List<String> parameters) {
        int score = 0;
        for (int i = 0; i < arguments.size() && i < parameters.size(); i++) {
            String argument = arguments.get(i);
            String parameter = parameters.get(i).replace("...", "");
            if (argument == null) {
                continue;
            }
            if (argument.equals(parameter)) {
                score++;
            } else {
                score -= 1000; // a known type that does not fit
            }
        }
        return score;
    }

    /** The simple type of each declared parameter: {@code final Map<K, V> m} is Map, {@code int... xs} is int... */
    List<String> parameterTypes(FunctionSpan method) {
        List<String> types = new ArrayList<>();
        int open = method.paramOpen();
        int close = method.paramClose();
        if (open < 0 || close <= open + 1) {
            return types;
        }
        int start = open + 1;
        int depth = 0;
        for (int i = open + 1; i <= close; i++) {
            if (i < close && (t.kind(i) == TokenKind.OPEN_PAREN || t.is(i, "<"))) {
                depth++;
            } else if (i < close && (t.kind(i) == TokenKind.CLOSE_PAREN || t.is(i, ">"))) {
                depth--;
            } else if (i < close && t.is(i, ">>")) {
                depth -= 2;
            } else if (i == close || t.kind(i) == TokenKind.COMMA && depth == 0) {
                types.add(declaredType(start, i));
                start = i + 1;
            }
        }
        return types;
    }

    private String declaredType(int from, int to) {
        String type = "";
        boolean array = false;
        boolean varargs = false;
        int depth = 0;
        for (int i = from; i < to - 1; i++) { // the last token is the parameter's name
            if (t.is(i, "@")) {
                i++;
                if (t.kind(i + 1) == TokenKind.OPEN_PAREN) {
                    i = Math.max(i, t.size() > i + 1 ? partnerOf(i + 1) : i);
                }
                continue;
            }
            if (t.is(i, "<")) {
                depth++;
            } else if (t.is(i, ">")) {
                depth--;
            } else if (t.is(i, ">>")) {
                depth -= 2;
            } else if (depth == 0 && (t.kind(i) == TokenKind.IDENTIFIER || t.kind(i) == TokenKind.KEYWORD && !t.is(i, "final"))) {
                type = t.text(i); // the last segment of a qualified name
            } else if (depth == 0 && t.kind(i) == TokenKind.OPEN_BRACKET) {
                array = true;
            } else if (t.is(i, "...")) {
                varargs = true;
            }
        }
        return type + (array ? "[]" : "") + (varargs ? "..." : "");
    }

    private int partnerOf(int open) {
        int depth = 0;
        for (int i = open; i < t.size(); i++) {
            if (t.kind(i) == TokenKind.OPEN_PAREN) {
                depth++;
            } else if (t.kind(i) == TokenKind.CLOSE_PAREN && --depth == 0) {
                return i;
            }
        }
        return open;
    }

    /** The type an argument shows in its tokens, or null. */
    private String typeOf(FunctionSpan method, List<String> ownTypes, int from, int to) {
        if (to - from == 1) {
            TokenKind kind = t.kind(from);
            String text = t.text(from);
            if (kind == TokenKind.STRING) {
                return text.startsWith("'") ? "char" : "String";
            }
            if (kind == TokenKind.NUMBER) {
                String lower = text.toLowerCase(java.util.Locale.ROOT);
                return lower.endsWith("l") ? "long" : lower.endsWith("f") ? "float"
                        : lower.endsWith("d") || lower.contains(".") && !lower.startsWith("0x") ? "double" : "int";
            }
            if (t.is(from, "true") || t.is(from, "false")) {
                return "boolean";
            }
            if (kind == TokenKind.IDENTIFIER) {
                return parameterType(method, ownTypes, text);
            }
            return null;
        }
        if (t.is(from, "new") && t.kind(from + 1) == TokenKind.IDENTIFIER) {
            int i = from + 1;
            while (t.is(i + 1, ".") && t.kind(i + 2) == TokenKind.IDENTIFIER) {
                i += 2;
            }
            return t.kind(i + 1) == TokenKind.OPEN_BRACKET ? t.text(i) + "[]" : t.text(i);
        }
        if (t.kind(from) == TokenKind.OPEN_PAREN && partnerOf(from) < to - 1) {
            int close = partnerOf(from);
            if (close == from + 2 && (t.kind(from + 1) == TokenKind.IDENTIFIER || t.kind(from + 1) == TokenKind.KEYWORD)) {
                return t.text(from + 1); // a cast: (long) x, (Key) k
            }
        }
        return null;
    }

    private String parameterType(FunctionSpan method, List<String> ownTypes, String name) {
        int index = 0;
        int depth = 0;
        for (int i = method.paramOpen() + 1; i < method.paramClose(); i++) {
            if (t.kind(i) == TokenKind.OPEN_PAREN || t.is(i, "<")) {
                depth++;
            } else if (t.kind(i) == TokenKind.CLOSE_PAREN || t.is(i, ">")) {
                depth--;
            } else if (t.is(i, ">>")) {
                depth -= 2;
            } else if (t.kind(i) == TokenKind.COMMA && depth == 0) {
                index++;
            } else if (depth == 0 && t.is(i, name) && (t.kind(i + 1) == TokenKind.COMMA || i + 1 == method.paramClose())) {
                return index < ownTypes.size() ? ownTypes.get(index).replace("...", "[]") : null;
            }
        }
        return null;
    }
}
