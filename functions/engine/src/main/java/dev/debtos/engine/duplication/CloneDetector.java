package dev.debtos.engine.duplication;

import dev.debtos.engine.lexer.TokenStream;
import dev.debtos.engine.source.Language;
import dev.debtos.engine.source.SourceFile;
import java.util.ArrayList;
import java.util.Comparator;
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
        corpus.startFile(path);
        for (int i = 0; i < tokens.size(); ) {
            int afterImport = imports.end(i);
            if (afterImport > i) {
                i = afterImport;
            } else {
                corpus.append(vocabulary.code(tokens, i), tokens.line(i));
                i++;
            }
        }
        corpus.endFile();
    }

    /** The clone groups, longest first; copies within a group by path, then line. */
    public synchronized List<CloneGroup> detect() {
        TokenCorpus regions = CandidateRegions.of(corpus, minimumTokens);
        PrefixHashes hashes = new PrefixHashes(regions);
        CandidateGroups candidates = new CandidateGroups();
        RepeatedWindows.forEachClass(regions, hashes, minimumTokens,
                new MaximalRepeats(regions, hashes, minimumTokens, candidates));
        boolean[] keep = RedundantGroups.keep(candidates, minimumTokens);
        List<CloneGroup> result = new ArrayList<>();
        for (int g = 0; g < candidates.count(); g++) {
            if (keep[g]) {
                result.add(toCloneGroup(regions, candidates, g));
            }
        }
        result.sort(Comparator.comparingInt(CloneGroup::tokens).reversed()
                .thenComparing(group -> group.locations().getFirst().path())
                .thenComparingInt(group -> group.locations().getFirst().startLine()));
        return result;
    }

    private static CloneGroup toCloneGroup(TokenCorpus corpus, CandidateGroups candidates, int group) {
        int length = candidates.length(group);
        List<CloneLocation> locations = new ArrayList<>(candidates.size(group));
        for (int i = 0; i < candidates.size(group); i++) {
            int start = candidates.member(group, i);
            String path = corpus.path(corpus.fileOf(start));
            locations.add(new CloneLocation(path, corpus.line(start), corpus.line(start + length - 1)));
        }
        locations.sort(Comparator.comparing(CloneLocation::path).thenComparingInt(CloneLocation::startLine));
        CloneLocation first = locations.getFirst();
        return new CloneGroup(length, first.endLine() - first.startLine() + 1, List.copyOf(locations));
    }
}
