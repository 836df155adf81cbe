package dev.debtos.engine.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixture's sidecar ({@code <file>.expected}): one {@code file ...} line with the line counts and the number
 * of functions, then one {@code fn <name> key=value ...} line per function. {@code #} starts a comment line.
 */
record ExpectedMetrics(int physical, int blank, int comment, int code, int functionCount,
                       List<ExpectedFunction> functions) {

    record ExpectedFunction(String name, int start, int end, int cyclomatic, int cognitive, int nesting,
                            int params, int nloc) {
    }

    static ExpectedMetrics parse(String sidecar) {
        Map<String, Integer> file = null;
        List<ExpectedFunction> functions = new ArrayList<>();
        for (String raw : sidecar.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] words = line.split("\\s+");
            if (words[0].equals("file")) {
                file = values(words, 1);
            } else if (words[0].equals("fn")) {
                Map<String, Integer> v = values(words, 2);
                functions.add(new ExpectedFunction(words[1], v.get("start"), v.get("end"), v.get("cyclomatic"),
                        v.get("cognitive"), v.get("nesting"), v.get("params"), v.get("nloc")));
            } else {
                throw new IllegalArgumentException("unknown sidecar line: " + line);
            }
        }
        if (file == null) {
            throw new IllegalArgumentException("sidecar without a 'file' line");
        }
        return new ExpectedMetrics(file.get("physical"), file.get("blank"), file.get("comment"), file.get("code"),
                file.get("functions"), List.copyOf(functions));
    }

    private static Map<String, Integer> values(String[] words, int from) {
        Map<String, Integer> values = new HashMap<>();
        for (int i = from; i < words.length; i++) {
            String[] kv = words[i].split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("expected key=value, got " + words[i]);
            }
            values.put(kv[0], Integer.parseInt(kv[1]));
        }
        return new MissingKeyMap(values);
    }

    /** Fails loudly on a key the sidecar forgot instead of unboxing null. */
    private static final class MissingKeyMap extends HashMap<String, Integer> {
        MissingKeyMap(Map<String, Integer> values) {
            super(values);
        }

        @Override
        public Integer get(Object key) {
            Integer value = super.get(key);
            if (value == null) {
                throw new IllegalArgumentException("sidecar line lacks " + key + "=");
            }
            return value;
        }
    }
}
