package dev.debtos.engine.duplication;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Decides which candidate groups to report. A group is redundant when another reported group with at least as many
 * copies matches each of its copies (distinct ones) so closely that fewer than {@code minimumTokens} tokens of the
 * copy are left over: three copies of a method are one group, and the two of them that also share the next closing
 * brace are not a second one; a copy inside a longer reported copy is not reported again.
 */
final class RedundantGroups {
    private final CandidateGroups groups;
    private final int minimumTokens;
    private final boolean[] kept;
    private final int[] seenBy;
    private final long[] locationsByStart; // start << 32 | group
    private final int longest;

    private RedundantGroups(CandidateGroups groups, int minimumTokens) {
        this.groups = groups;
        this.minimumTokens = minimumTokens;
        this.kept = new boolean[groups.count()];
        this.seenBy = new int[groups.count()];
        int total = 0;
        int maxLength = 0;
        for (int g = 0; g < groups.count(); g++) {
            total += groups.size(g);
            maxLength = Math.max(maxLength, groups.length(g));
        }
        this.longest = maxLength;
        this.locationsByStart = new long[total];
        int n = 0;
        for (int g = 0; g < groups.count(); g++) {
            for (int i = 0; i < groups.size(g); i++) {
                locationsByStart[n++] = (long) groups.member(g, i) << 32 | g;
            }
        }
        Arrays.sort(locationsByStart);
    }

    /** Which groups to report, by index. */
    static boolean[] keep(CandidateGroups groups, int minimumTokens) {
        RedundantGroups decision = new RedundantGroups(groups, minimumTokens);
        int[] order = IntStream.range(0, groups.count()).boxed()
                .sorted(Comparator.<Integer>comparingInt(g -> -groups.size(g))
                        .thenComparingInt(g -> -groups.length(g))
                        .thenComparingInt(g -> groups.member(g, 0)))
                .mapToInt(Integer::intValue).toArray();
        for (int g : order) {
            decision.kept[g] = !decision.redundant(g);
        }
        return decision.kept;
    }

    /** Candidates: kept groups (decided earlier, so at least as many copies) with a copy overlapping g's first. */
    private boolean redundant(int g) {
        int start = groups.member(g, 0);
        int end = start + groups.length(g);
        int index = lowerBound((long) Math.max(0, start - longest + 1) << 32);
        for (; index < locationsByStart.length && (int) (locationsByStart[index] >>> 32) < end; index++) {
            int other = (int) locationsByStart[index];
            if (other != g && kept[other] && seenBy[other] != g + 1) {
                seenBy[other] = g + 1;
                if (covers(other, g)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether each copy of g overlaps its own copy of h, leaving fewer than minimumTokens of it uncovered. */
    private boolean covers(int h, int g) {
        int lengthG = groups.length(g);
        int lengthH = groups.length(h);
        int lastUsed = -1;
        for (int i = 0; i < groups.size(g); i++) {
            int start = groups.member(g, i);
            int end = start + lengthG;
            int best = -1;
            int bestOverlap = 0;
            for (int j = groups.firstMemberFrom(h, start - lengthH + 1); j < groups.size(h) && groups.member(h, j) < end; j++) {
                int overlap = Math.min(end, groups.member(h, j) + lengthH) - Math.max(start, groups.member(h, j));
                if (j > lastUsed && overlap > bestOverlap) {
                    best = j;
                    bestOverlap = overlap;
                }
            }
            if (best < 0 || lengthG - bestOverlap >= minimumTokens) {
                return false;
            }
            lastUsed = best;
        }
        return true;
    }

    private int lowerBound(long key) {
        int index = Arrays.binarySearch(locationsByStart, key);
        return index >= 0 ? index : -index - 1;
    }
}
