package dev.debtos.engine.rules;

import dev.debtos.engine.lexer.Lexers;
import dev.debtos.engine.lexer.TokenStream;
import dev.debtos.engine.source.SourceFile;
import dev.debtos.engine.source.TextSearch;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What several rules read from every file's text, found once per analysis and shared by them: which {@link Hints}
 * each file holds and, for sets made with {@link Hints#lines}, the lines holding them (one pass over each file for
 * the hints of all rules, the files in parallel, when a rule first asks); and which lines hold code rather than
 * comments (the lexer, run once per file and only for the files a rule asks about, since the measure stage does not
 * keep tokens).
 */
public final class TextIndex {
    private final Map<String, SourceFile> sources;
    private final Map<String, BitSet> codeLines = new ConcurrentHashMap<>();
    /** Each scan covers the hint sets made since the one before (a set made after a scan is found by the next). */
    private volatile List<Scanned> scans = List.of();

    public TextIndex(Map<String, SourceFile> sources) {
        this.sources = sources == null ? Map.of() : sources;
    }

    /** For one file: which hint sets it holds, and for the line sets, each line holding one (start offset, number). */
    private record FileHints(long[] sets, int[][] lines) {
    }

    /** One scan: the sets it looked for (ids {@code from} to {@code to}) and what each file holds of them. */
    private record Scanned(int from, int to, Map<String, FileHints> files) {
    }

    /**
     * Finds the hints of every set made so far in every file, the files in parallel (else done when a rule first asks).
     */
    public void prepare() {
        scanFor(Integer.MAX_VALUE - 1);
    }

    /** Whether the file's text holds one of the hints. */
    boolean holds(SourceFile source, Hints hints) {
        FileHints file = hints.id < 0 ? null : scannedFor(source, hints);
        if (file == null) {
            return hints.in(source.text());
        }
        return (file.sets()[hints.id >> 6] & 1L << hints.id) != 0;
    }

    /** Calls {@code visitor} once per line holding one of the hints, in line order, with its number and text. */
    void forEachLine(SourceFile source, Hints hints, HintedLines.Visitor visitor) {
        String text = source.text();
        FileHints file = hints.byLine() ? scannedFor(source, hints) : null;
        int[] lines = file == null ? hints.linesIn(text) : file.lines()[hints.id];
        if (lines == null) {
            return;
        }
        for (int i = 0; i < lines.length; i += 2) {
            visitor.line(lines[i + 1], line(text, lines[i]));
        }
    }

    private static String line(String text, int start) {
        int newline = text.indexOf('\n', start);
        return text.substring(start, newline < 0 ? text.length() : newline);
    }

    /** Whether the 1-based line holds code (not only comments or documentation). */
    boolean hasCode(SourceFile source, int line) {
        BitSet lines = codeLines.computeIfAbsent(source.path(), path -> {
            TokenStream tokens = Lexers.lex(source);
            BitSet code = new BitSet(tokens.lineCount() + 1);
            for (int number = 1; number <= tokens.lineCount(); number++) {
                if (tokens.lineHasCode(number)) {
                    code.set(number);
                }
            }
            return code;
        });
        return line >= 1 && lines.get(line);
    }

    private FileHints scannedFor(SourceFile source, Hints hints) {
        Scanned scan = scanFor(hints.id);
        return scan != null && sources.get(source.path()) == source ? scan.files().get(source.path()) : null;
    }

    /** The scan that covers the set {@code id}, scanning for the sets made since the last scan when none does. */
    private Scanned scanFor(int id) {
        for (Scanned scan : scans) {
            if (scan.from() <= id && id < scan.to()) {
                return scan;
            }
        }
        synchronized (this) {
            List<Hints> all = Hints.all();
            int from = scans.isEmpty() ? 0 : scans.getLast().to();
            if (from < all.size()) {
                List<Scanned> more = new ArrayList<>(scans);
                more.add(scan(all, from));
                scans = List.copyOf(more);
            }
            for (Scanned scan : scans) {
                if (scan.from() <= id && id < scan.to()) {
                    return scan;
                }
            }
            return null;
        }
    }

    private Scanned scan(List<Hints> all, int from) {
        List<Hints> sets = all.subList(from, all.size());
        List<String> strings = new ArrayList<>();
        Map<String, Integer> indexes = new HashMap<>();
        List<List<Integer>> setsOf = new ArrayList<>();
        for (Hints set : sets) {
            for (String string : set.strings()) {
                int index = indexes.computeIfAbsent(string, s -> {
                    strings.add(s);
                    setsOf.add(new ArrayList<>());
                    return strings.size() - 1;
                });
                setsOf.get(index).add(set.id);
            }
        }
        int[][] setsOfString = setsOf.stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        boolean[] byLine = new boolean[all.size()];
        sets.forEach(set -> byLine[set.id] = set.byLine());
        TextSearch search = new TextSearch(strings);
        Map<String, FileHints> files = new ConcurrentHashMap<>();
        sources.values().parallelStream().forEach(source ->
                files.put(source.path(), scan(source.text(), search, setsOfString, byLine)));
        return new Scanned(from, all.size(), files);
    }

    private static FileHints scan(String text, TextSearch search, int[][] setsOfString, boolean[] byLine) {
        long[] found = new long[(byLine.length + 63) / 64];
        Hints.Lines[] lines = new Hints.Lines[byLine.length];
        search.scan(text, (string, at, lineStart, lineNumber) -> {
            for (int set : setsOfString[string]) {
                found[set >> 6] |= 1L << set;
                if (byLine[set]) {
                    if (lines[set] == null) {
                        lines[set] = new Hints.Lines();
                    }
                    lines[set].add(lineStart, lineNumber);
                }
            }
            return true;
        });
        int[][] starts = new int[byLine.length][];
        for (int set = 0; set < lines.length; set++) {
            starts[set] = lines[set] == null ? null : lines[set].toArray();
        }
        return new FileHints(found, starts);
    }
}
