package dev.debtos.worker;

import dev.debtos.platform.config.Profile;
import dev.debtos.worker.pr.LocalGitRevisions;
import dev.debtos.worker.pr.RevisionSource;
import dev.debtos.worker.pr.feedback.ProviderEndpoints;
import dev.debtos.worker.pr.feedback.ProviderTokens;
import dev.debtos.worker.pr.feedback.PullRequestFeedback;
import java.util.Optional;

/**
 * What a PR scan needs from outside: working trees of exact commits, and the provider feedback (with its tokens).
 * The remote cloner and the OAuth token store are plugged in here.
 */
public record PullRequestPorts(RevisionSource revisions, PullRequestFeedback feedback) {

    /**
     * Local git repositories on the local profile (nothing elsewhere until the remote cloner is wired), provider
     * URLs from the environment, and no tokens, so no feedback is sent.
     */
    public static PullRequestPorts defaults(Profile profile) {
        RevisionSource revisions = profile == Profile.LOCAL ? new LocalGitRevisions()
                : RevisionSource.unavailable("cloning remote repositories is not available yet: only local working trees are scanned");
        return new PullRequestPorts(revisions, new PullRequestFeedback(ProviderTokens.none(),
                ProviderEndpoints.fromEnvironment(System.getenv()), Optional.empty()));
    }
}
