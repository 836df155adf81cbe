package dev.debtos.engine.history;

/**
 * Two files that tend to change together (change coupling, also called logical or temporal coupling).
 * <p>
 * {@code degree = sharedCommits / ((commitsOfFirst + commitsOfSecond) / 2)}, CodeScene's definition: shared commits
 * over the average number of commits of the two files, so 1.0 means they always changed together and a file that
 * changes far more often than its partner lowers the degree (unlike {@code shared / min}, which would call any
 * file coupled to a busy one it once touched in every commit).
 *
 * @param first         the lexicographically smaller path
 * @param second        the greater path
 * @param sharedCommits analysed commits that touched both (commits too large for coupling left out)
 * @param degree        0..1 as defined above
 */
public record CouplingPair(String first, String second, int sharedCommits, double degree) {

    public CouplingPair {
        if (first.compareTo(second) >= 0) {
            throw new IllegalArgumentException("coupling pair not ordered: " + first + " / " + second);
        }
    }
}
