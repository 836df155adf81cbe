package dev.debtos.api.webhooks;

/** What a verified delivery asks of us, independent of the provider's payload format. */
sealed interface WebhookIntent {

    /** The provider checking the hook (GitHub's ping). */
    record Ping() implements WebhookIntent {
    }

    /** Commits pushed to {@code branch}, now at {@code commitSha}; scanned only on the default branch. */
    record Push(String branch, String commitSha) implements WebhookIntent {
    }

    /**
     * A pull / merge request opened or given new commits. {@code baseSha} may be null (GitLab's hook carries none)
     * and is then taken from the repository's last scan of the target branch.
     */
    record PullRequest(int number, String headBranch, String headSha, String targetBranch, String baseSha)
            implements WebhookIntent {
    }

    /** Nothing to do; {@code reason} says why (unknown event, action, deleted branch...). */
    record Ignored(String reason) implements WebhookIntent {
    }

    static boolean isSha(String value) {
        return value != null && value.matches("[0-9a-f]{40}([0-9a-f]{24})?");
    }

    static boolean isZeroSha(String value) {
        return value != null && value.matches("0+");
    }
}
