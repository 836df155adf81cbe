package dev.debtos.worker;

import dev.debtos.platform.auth.OAuthTokens;
import dev.debtos.platform.config.AppConfig;
import dev.debtos.platform.crypto.SecretBox;
import dev.debtos.worker.checkout.WorkspacePreparer;
import dev.debtos.worker.pr.CheckoutRevisions;
import dev.debtos.worker.pr.RevisionSource;
import dev.debtos.worker.pr.feedback.OAuthProviderTokens;
import dev.debtos.worker.pr.feedback.ProviderEndpoints;
import dev.debtos.worker.pr.feedback.ProviderTokens;
import dev.debtos.worker.pr.feedback.PullRequestFeedback;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * What a PR scan needs from outside: working trees of exact commits, and the provider feedback (with its tokens).
 */
public record PullRequestPorts(RevisionSource revisions, PullRequestFeedback feedback) {

    /** Trees from {@code workspaces} (as branch scans get theirs); no tokens, so no feedback is sent. */
    public static PullRequestPorts withoutTokens(WorkspacePreparer workspaces) {
        return new PullRequestPorts(new CheckoutRevisions(workspaces), new PullRequestFeedback(ProviderTokens.none(),
                ProviderEndpoints.fromEnvironment(System.getenv()), Optional.empty()));
    }

    /**
     * The deployed wiring (Lambda and local runtime): trees from {@code workspaces}, the repository owner's OAuth
     * token decrypted with the DATA_ENCRYPTION_KEY (without a key: no tokens, so feedback is skipped rather than
     * every PR scan failing), provider API URLs from the configuration, and status links to FRONTEND_URL.
     */
    public static PullRequestPorts configured(AppConfig config, DataSource dataSource, WorkspacePreparer workspaces) {
        ProviderTokens tokens = config.dataEncryptionKey()
                .<ProviderTokens>map(key -> new OAuthProviderTokens(new OAuthTokens(dataSource, new SecretBox(key))))
                .orElse(ProviderTokens.none());
        return new PullRequestPorts(new CheckoutRevisions(workspaces),
                new PullRequestFeedback(tokens, ProviderEndpoints.of(config), config.frontendUrl()));
    }
}
