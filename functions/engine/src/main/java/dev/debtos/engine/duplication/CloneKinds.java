package dev.debtos.engine.duplication;

import java.util.HashMap;
import java.util.Map;

/**
 * Tells copied logic from matches by shape alone, from the copies' tokens: a short repeating pattern or a high share
 * of literals is data; copies whose identifiers all agree but whose literals mostly differ are literal variants;
 * copies that name a different thing at most places, each name once (an assertion run against different methods),
 * rather than renaming a few variables consistently, have different names.
 */
final class CloneKinds {
    private static final int LONGEST_PERIOD = 16;
    private static final double PERIODIC_SHARE = 0.9;
    private static final double LITERAL_SHARE = 0.3;

    private final TokenCorpus corpus;
    private final int[] codes;

    CloneKinds(TokenCorpus corpus) {
        this.corpus = corpus;
        this.codes = corpus.codes();
    }

    CloneKind of(int[] starts, int copies, int length) {
        int first = starts[0];
        int literals = 0;
        int identifiers = 0;
        for (int i = 0; i < length; i++) {
            literals += codes[first + i] == TokenVocabulary.LITERAL ? 1 : 0;
            identifiers += codes[first + i] == TokenVocabulary.IDENTIFIER ? 1 : 0;
        }
        if (periodic(first, length) || literals >= LITERAL_SHARE * length) {
            return CloneKind.DATA;
        }
        boolean literalVariants = literals >= 3;
        boolean differentNames = false;
        for (int c = 1; c < copies; c++) {
            literalVariants &= identifiersAgree(first, starts[c], length) && differing(first, starts[c], length,
                    TokenVocabulary.LITERAL) * 2 >= literals;
            differentNames |= namesDiffer(first, starts[c], length, identifiers);
        }
        return literalVariants ? CloneKind.LITERAL_VARIANTS : differentNames ? CloneKind.DIFFERENT_NAMES : CloneKind.CODE;
    }

    /** Whether a pattern of at most 16 tokens repeats through (nearly) the whole block. */
    private boolean periodic(int first, int length) {
        for (int period = 1; period <= LONGEST_PERIOD && period * 3 <= length; period++) {
            int same = 0;
            for (int i = 0; i + period < length; i++) {
                same += codes[first + i] == codes[first + i + period] ? 1 : 0;
            }
            if (same >= PERIODIC_SHARE * (length - period)) {
                return true;
            }
        }
        return false;
    }

    private boolean identifiersAgree(int a, int b, int length) {
        return differing(a, b, length, TokenVocabulary.IDENTIFIER) == 0;
    }

    private int differing(int a, int b, int length, int code) {
        int count = 0;
        for (int i = 0; i < length; i++) {
            count += codes[a + i] == code && corpus.text(a + i) != corpus.text(b + i) ? 1 : 0;
        }
        return count;
    }

    /**
     * At least three different names, differing at a quarter of the identifiers or more, most of them once: not a
     * variable renamed throughout but a different call at each place.
     */
    private boolean namesDiffer(int a, int b, int length, int identifiers) {
        Map<Long, Integer> pairs = new HashMap<>();
        int differing = 0;
        for (int i = 0; i < length; i++) {
            if (codes[a + i] == TokenVocabulary.IDENTIFIER && corpus.text(a + i) != corpus.text(b + i)) {
                differing++;
                pairs.merge((long) corpus.text(a + i) << 32 | (corpus.text(b + i) & 0xFFFF_FFFFL), 1, Integer::sum);
            }
        }
        long once = pairs.values().stream().filter(count -> count == 1).count();
        return pairs.size() >= 3 && differing * 4 >= identifiers && once * 5 >= pairs.size() * 3;
    }
}
