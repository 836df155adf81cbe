package dev.debtos.platform.repos;

import dev.debtos.platform.provider.UpstreamAnswerException;
import dev.debtos.platform.provider.UpstreamException;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * Refreshes what we know about a connected repository (its default branch): from the provider's REST API with the
 * owner's OAuth token when there is one, or for a local repository from its directory's git HEAD.
 */
public final class RepositorySync {
    /** How failures name a local repository's directory. */
    private static final String LOCAL = "the local repository";
    private final ConnectedRepositoryStore repositories;
    private final ProviderMetadataClient providers;
    private final ProviderTokens tokens;

    public RepositorySync(ConnectedRepositoryStore repositories, ProviderMetadataClient providers, ProviderTokens tokens) {
        this.repositories = repositories;
        this.providers = providers;
        this.tokens = tokens;
    }

    /** The updated repository; empty when it is not the owner's. */
    public Optional<ConnectedRepository> sync(UUID owner, UUID id) throws SQLException, UpstreamException {
        Optional<ConnectedRepository> found = repositories.find(owner, id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ConnectedRepository repository = found.get();
        String defaultBranch = RepositoryAddress.LOCAL.equals(repository.provider())
                ? localBranch(repository.asRepository().localPath().orElseThrow(
                        () -> new UpstreamAnswerException(LOCAL, "", 0, "has no file:// location")))
                : providers.fetch(repository.provider(), repository.fullName(),
                        tokens.accessToken(owner, repository.provider())).defaultBranch();
        return repositories.updateDefaultBranch(owner, id, defaultBranch);
    }

    private static String localBranch(Path directory) throws UpstreamException {
        try {
            return LocalGitHead.of(directory).map(LocalGitHead.Head::branch)
                    .filter(LocalGitHead::isValidBranchName)
                    .orElseThrow(() -> new UpstreamAnswerException(LOCAL, "", 0,
                            "is not a git repository with a commit on a branch"));
        } catch (IOException e) {
            throw new UpstreamAnswerException(LOCAL, "", 0, "could not be read");
        }
    }
}
