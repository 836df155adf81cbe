package dev.debtos.worker.checkout;

import dev.debtos.platform.config.CloneSettings;
import dev.debtos.platform.config.Profile;
import dev.debtos.platform.scan.Repository;
import dev.debtos.platform.scan.Scan;
import dev.debtos.worker.ScanRejected;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Gives a scan the directory it analyses: validates the repository's clone URL ({@link CloneTarget}), then either
 * checks the commit out of a local repository ({@link LocalCheckout}, local profile) or clones the branch
 * ({@link SafeCloner}). The caller checks the workspace out when it needs the files, and closes it.
 *
 * <p>History window by scan depth: quick fetches 1 commit (no history to speak of: churn and coupling come from the
 * scanned commit alone), standard fetches the last {@value #STANDARD_DEPTH} commits (the engine's history window is
 * 365 days; when 500 commits do not reach that far back, the clone is deepened to the 365 days), full fetches
 * everything. A requested commit older than the fetched window is reached by unshallowing once.
 */
public final class WorkspacePreparer {
    static final int STANDARD_DEPTH = 500;
    /** The engine's history window: a standard clone is deepened to it when 500 commits do not reach back that far. */
    static final java.time.Duration HISTORY_WINDOW = java.time.Duration.ofDays(365);

    private final CloneSettings settings;
    private final Profile profile;
    private final boolean localAllowed;
    private final Path storage;
    private final HostResolver dns;
    private final CloneCredentials credentials;

    public WorkspacePreparer(CloneSettings settings, Profile profile, Path storage, HostResolver dns,
                             CloneCredentials credentials) {
        this.settings = settings;
        this.profile = profile;
        this.localAllowed = profile == Profile.LOCAL;
        this.storage = storage;
        this.dns = dns;
        this.credentials = credentials;
    }

    /** Defaults: built-in hosts and caps, the system's DNS, no credentials, workspaces under java.io.tmpdir. */
    public static WorkspacePreparer defaults(Profile profile) {
        return new WorkspacePreparer(CloneSettings.defaults(), profile,
                Path.of(System.getProperty("java.io.tmpdir"), "debt-os", "scans"), HostResolver.SYSTEM, CloneCredentials.NONE);
    }

    public Profile profile() {
        return profile;
    }

    /** The caps every checkout of this preparer runs under. */
    public CheckoutLimits limits() {
        return CheckoutLimits.of(settings);
    }

    public Workspace prepare(Repository repository, Scan scan) throws ScanRejected, IOException {
        return prepare(repository, scan.branch(), scan.commitSha(), scan.depth());
    }

    /**
     * A workspace of {@code commitSha} on {@code branch} (null: the repository's default branch; no commit: the
     * branch head), its commit resolved and its files not yet written ({@link Workspace#checkOut()}). Pull-request
     * scans ask for their head on the PR's branch and their base on the default branch.
     */
    public Workspace prepare(Repository repository, String branch, String commitSha, String depth)
            throws ScanRejected, IOException {
        CloneTarget target = CloneTarget.of(repository.cloneUrl(), settings, localAllowed, dns);
        CheckoutLimits limits = CheckoutLimits.of(settings);
        if (target.isLocal()) {
            // CloneTarget already refused file:// off the local profile; there, provider repositories need the opt-in
            if (!Repository.LOCAL.equals(repository.provider()) && !settings.allowFileUrls()) {
                throw new ScanRejected("file:// clone URLs are allowed only for local repositories");
            }
            return new LocalCheckout(limits).checkout(target.localPath(), branch, commitSha, storage);
        }
        Optional<String> token;
        try {
            token = credentials.token(repository);
        } catch (Exception e) {
            throw new IOException("the repository's access token could not be read: " + e.getClass().getSimpleName());
        }
        String cloned = branch != null ? branch : repository.defaultBranch();
        Workspace workspace = Workspace.create(storage);
        try {
            int fetched = depth(depth);
            new SafeCloner(limits).fetch(target, cloned, commitSha, fetched,
                    fetched == STANDARD_DEPTH ? HISTORY_WINDOW : null, token, workspace);
            return workspace;
        } catch (ScanRejected | IOException | RuntimeException e) {
            workspace.close();
            throw e;
        }
    }

    static int depth(String depth) {
        return switch (depth == null ? "standard" : depth) {
            case "quick" -> 1;
            case "full" -> 0;
            default -> STANDARD_DEPTH;
        };
    }
}
