package dev.debtos.engine.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.blame.BlameGenerator;
import org.eclipse.jgit.blame.BlameResult;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Answers "who last changed line n of this file" ({@code git blame}) for lines of HEAD, following renames.
 * <p>
 * Built for callers that ask about a few lines in some files (the SATD detector dates its comments): nothing is
 * opened until the first question; per file, blame runs only as far back as needed to answer the lines asked
 * ({@link BlameResult#computeRange}) and the partial result is kept for the next question. A directory that is not
 * a repository, a path not in HEAD and a line out of range all answer empty. Not thread-safe.
 */
public final class BlameLookup implements AutoCloseable {

    private final Path repositoryDir;
    private Repository repository;
    private ObjectId head;
    private boolean unavailable;
    private final Map<String, Optional<BlameResult>> results = new HashMap<>();
    private final List<BlameGenerator> generators = new ArrayList<>();

    private BlameLookup(Path repositoryDir) {
        this.repositoryDir = repositoryDir;
    }

    /** Does no I/O: the repository is opened on the first {@link #origin} call. */
    public static BlameLookup open(Path repositoryDir) {
        return new BlameLookup(repositoryDir);
    }

    /**
     * @param path '/'-separated, relative to the repository root
     * @param line 1-based line number in HEAD's version of the file
     * @throws UncheckedIOException when the repository cannot be read (not when it is absent)
     */
    public Optional<LineOrigin> origin(String path, int line) {
        if (line < 1 || !openRepository()) {
            return Optional.empty();
        }
        Optional<BlameResult> result = results.computeIfAbsent(path, this::blame);
        if (result.isEmpty()) {
            return Optional.empty();
        }
        BlameResult blame = result.get();
        int index = line - 1;
        if (index >= blame.getResultContents().size()) {
            return Optional.empty();
        }
        try {
            blame.computeRange(index, index + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("blame of " + path + " failed", e);
        }
        if (!blame.hasSourceData(index)) {
            return Optional.empty();
        }
        RevCommit commit = blame.getSourceCommit(index);
        PersonIdent author = blame.getSourceAuthor(index);
        return Optional.of(new LineOrigin(author.getName(), author.getEmailAddress().toLowerCase(Locale.ROOT),
                Instant.ofEpochSecond(commit.getCommitTime()), commit.name()));
    }

    private boolean openRepository() {
        if (repository == null && !unavailable) {
            try {
                repository = LocalRepository.open(repositoryDir);
                head = repository.resolve(Constants.HEAD);
                unavailable = head == null;
            } catch (RepositoryNotFoundException e) {
                unavailable = true;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open repository " + repositoryDir, e);
            }
        }
        return !unavailable;
    }

    private Optional<BlameResult> blame(String path) {
        BlameGenerator generator = new BlameGenerator(repository, path);
        generators.add(generator);
        try {
            generator.setFollowFileRenames(true);
            generator.push(null, head);
            return Optional.ofNullable(BlameResult.create(generator)); // null: the path is not in HEAD
        } catch (IOException e) {
            throw new UncheckedIOException("blame of " + path + " failed", e);
        }
    }

    @Override
    public void close() {
        generators.forEach(BlameGenerator::close);
        generators.clear();
        results.clear();
        if (repository != null) {
            repository.close();
        }
    }
}
