package dev.debtos.platform.repos;

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
                        () -> new UpstreamException("the local repository has no file:// location")))
                : providers.fetch(repository.provider(), repository.fullName(),
                        tokens.accessToken(owner, repository.provider())).defaultBranch();
        return repositories.updateDefaultBranch(owner, id, defaultBranch);
    }

    private static String localBranch(Path directory) throws UpstreamException {
        try {
            return LocalGitHead.of(directory).map(LocalGitHead.Head::branch)
                    .filter(LocalGitHead::isValidBranchName)
                    .orElseThrow(() -> new UpstreamException("the directory is not a git repository with a commit on a branch"));
        } catch (IOException e) {
            throw new UpstreamException("the repository's directory could not be read");
        }
    }
}
