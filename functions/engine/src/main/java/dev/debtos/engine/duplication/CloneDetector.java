package dev.debtos.engine.duplication;

import dev.debtos.engine.lexer.TokenKind;
import dev.debtos.engine.lexer.TokenStream;
import dev.debtos.engine.source.Language;
import dev.debtos.engine.source.SourceFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

/**
 * Token-based clone detection over a whole repository, in the manner of PMD CPD. Tokens are normalised (every
 * identifier alike, every literal alike, keywords and operators by their text) and import statements skipped; every
 * window of {@code minimumTokens} tokens is hashed (Karp-Rabin; a winnowing pass first sets aside the code that cannot
 * be part of a clone), repeated windows are grouped, verified token by token and grown into maximal clones. A block found three times is one group of three copies; a region that repeats
 * itself (an array literal, a run of equal statements) is not reported as copies of itself.
 *
 * <p>{@link #add} may be called from several threads (calls are serialised); {@link #detect} sees every file added
 * before it.
 */
public final class CloneDetector {
    public static final int DEFAULT_MINIMUM_TOKENS = 100;

    private final int minimumTokens;
    private final TokenCorpus corpus = new TokenCorpus();
    private final TokenVocabulary vocabulary = new TokenVocabulary();

    public CloneDetector() {
        this(DEFAULT_MINIMUM_TOKENS);
    }

    public CloneDetector(int minimumTokens) {
        if (minimumTokens < 1) {
            throw new IllegalArgumentException("minimumTokens must be at least 1, was " + minimumTokens);
        }
        this.minimumTokens = minimumTokens;
    }

    /** Adds a file; its language (for the import statements to skip) comes from the path's extension. */
    public void add(String path, TokenStream tokens) {
        add(path, Language.byFileName(path).orElse(null), tokens);
    }

    public void add(SourceFile file, TokenStream tokens) {
        add(file.path(), file.language(), tokens);
    }

    private synchronized void add(String path, Language language, TokenStream tokens) {
        ImportStatements imports = new ImportStatements(tokens, language);
        boolean lineBreaksEnd = lineBreaksEnd(language);
        corpus.startFile(path);
        for (int i = 0; i < tokens.size(); ) {
            int afterImport = imports.end(i);
            if (afterImport > i) {
                i = afterImport;
            } else {
                TokenKind kind = tokens.kind(i);
                boolean named = kind == TokenKind.IDENTIFIER || kind == TokenKind.NUMBER || kind == TokenKind.STRING;
                corpus.append(vocabulary.code(tokens, i), TokenCorpus.place(tokens.line(i), tokens.column(i),
                        statementStart(tokens, i, lineBreaksEnd)), named ? tokens.textHash(i) : 0);
                i++;
            }
        }
        corpus.endFile();
    }

    /**
     * After ';', '{' or '}' (not a continuation such as else, catch or finally), or, in languages whose statements
     * end at a line break, first on its line when neither it nor the token before it continues an expression.
     */
    private static boolean statementStart(TokenStream tokens, int i, boolean lineBreaksEnd) {
        if (i == 0) {
            return true;
        }
        TokenKind kind = tokens.kind(i);
        TokenKind before = tokens.kind(i - 1);
        if (kind == TokenKind.CLOSE_BRACE
                || kind == TokenKind.KEYWORD && (tokens.is(i, "else") || tokens.is(i, "catch") || tokens.is(i, "finally"))) {
            return false;
        }
        if (before == TokenKind.SEMICOLON || before == TokenKind.OPEN_BRACE || before == TokenKind.CLOSE_BRACE) {
            return true;
        }
        return lineBreaksEnd && tokens.line(i) > tokens.line(i - 1)
                && before != TokenKind.OPERATOR && before != TokenKind.COMMA && before != TokenKind.OPEN_PAREN
                && before != TokenKind.OPEN_BRACKET && kind != TokenKind.OPERATOR && kind != TokenKind.CLOSE_PAREN
                && kind != TokenKind.CLOSE_BRACKET && kind != TokenKind.COMMA;
    }

    /** Languages whose statements usually end at a line break rather than at a ';'. */
    private static boolean lineBreaksEnd(Language language) {
        return language == null || switch (language) {
            case JAVA, CSHARP, C, CPP, PHP, RUST -> false;
            default -> true;
        };
    }

    /**
     * The clone groups, longest first; copies within a group by path, then line. Each group is cut to whole code
     * ({@link CloneBoundaries}), its copies never share a line, and it says whether it is copied logic
     * ({@link CloneKinds}).
     */
    public synchronized List<CloneGroup> detect() {
        TokenCorpus regions = CandidateRegions.of(corpus, minimumTokens);
        PrefixHashes hashes = new PrefixHashes(regions);
        CandidateGroups candidates = new CandidateGroups();
        RepeatedWindows.forEachClass(regions, hashes, minimumTokens,
                new MaximalRepeats(regions, hashes, minimumTokens, candidates));
        boolean[] keep = RedundantGroups.keep(candidates, minimumTokens);
        CloneBoundaries boundaries = new CloneBoundaries(regions);
        CloneKinds kinds = new CloneKinds(regions);
        Set<List<CloneLocation>> seen = new HashSet<>();
        List<CloneGroup> result = new ArrayList<>();
        for (int g = 0; g < candidates.count(); g++) {
            if (keep[g]) {
                CloneGroup group = toCloneGroup(regions, candidates, g, boundaries, kinds);
                if (group != null && seen.add(group.locations())) {
                    result.add(group);
                }
            }
        }
        result.sort(Comparator.comparingInt(CloneGroup::tokens).reversed()
                .thenComparing(group -> group.locations().getFirst().path())
                .thenComparingInt(group -> group.locations().getFirst().startLine()));
        return result;
    }

    private CloneGroup toCloneGroup(TokenCorpus corpus, CandidateGroups candidates, int group,
                                    CloneBoundaries boundaries, CloneKinds kinds) {
        int copies = candidates.size(group);
        int[] starts = new int[copies];
        for (int i = 0; i < copies; i++) {
            starts[i] = candidates.member(group, i);
        }
        long kept = boundaries.trim(starts, copies, candidates.length(group));
        int from = apart(corpus, starts, (int) (kept >>> 32), (int) kept);
        int to = (int) kept;
        if (to - from < minimumTokens) {
            return null;
        }
        List<CloneLocation> locations = new ArrayList<>(copies);
        for (int i = 0; i < copies; i++) {
            starts[i] += from;
            String path = corpus.path(corpus.fileOf(starts[i]));
            locations.add(new CloneLocation(path, corpus.line(starts[i]), corpus.line(starts[i] + to - from - 1),
                    corpus.column(starts[i])));
        }
        locations.sort(Comparator.comparing(CloneLocation::path).thenComparingInt(CloneLocation::startLine));
        CloneLocation first = locations.getFirst();
        return new CloneGroup(to - from, first.endLine() - first.startLine() + 1, List.copyOf(locations),
                kinds.of(starts, copies, to - from));
    }

    /**
     * Moves the start past the statements of a copy that share a line with the end of the copy before it in the same
     * file (ascending starts), so that no two copies of a group hold the same line.
     */
    private static int apart(TokenCorpus corpus, int[] starts, int from, int to) {
        int start = from;
        for (int i = 1; i < starts.length && start < to; i++) {
            boolean sameFile = corpus.fileOf(starts[i]) == corpus.fileOf(starts[i - 1]);
            while (sameFile && start < to && (corpus.line(starts[i] + start) <= corpus.line(starts[i - 1] + to - 1)
                    || !corpus.statementStart(starts[i] + start))) {
                start++;
            }
        }
        return start;
    }
}
