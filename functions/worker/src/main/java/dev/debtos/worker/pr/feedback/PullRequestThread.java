package dev.debtos.worker.pr.feedback;

import java.net.URI;
import java.util.Optional;

/** One pull request (GitHub) or merge request (GitLab) DEBT-OS reports on, and its head commit. */
interface PullRequestThread {
    /** Hidden in the rendered comment; finds DEBT-OS's own comment again on the next push. */
    String MARKER = dev.debtos.worker.pr.CommentMarkdown.MARKER;
    String STATUS_CONTEXT = "debt-os/quality-gate";
    int MAX_PAGES = 10;

    /** Edits the comment carrying {@link #MARKER}, or adds one; answers {@code updated} or {@code created}. */
    String upsertComment(String body) throws ProviderCallFailed, InterruptedException;

    /** Sets the commit status {@link #STATUS_CONTEXT} of the head commit. */
    void setStatus(boolean passed, String description, Optional<URI> targetUrl) throws ProviderCallFailed, InterruptedException;

    /** Descriptions of commit statuses are short on both providers (GitHub: 140 characters). */
    static String shortDescription(String description) {
        return description.length() > 140 ? description.substring(0, 139) + "…" : description;
    }
}
