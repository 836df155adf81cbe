package dev.debtos.api.scans;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.debtos.api.http.InvalidInputException;
import dev.debtos.api.http.JsonFields;
import dev.debtos.platform.repos.ConnectedRepository;
import dev.debtos.platform.repos.LocalGitHead;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a scan request asks for: {branch?, commitSha?, depth?}. The branch defaults to the repository's default
 * branch; a commit is full hex (40 or 64), lower-cased so deduplication sees one spelling. For a local repository
 * without a commit, the branch head is resolved with JGit, so two requests for the same head are one scan.
 */
record ScanTarget(String branch, String commitSha, String depth) {
    static final Set<String> FIELDS = Set.of("branch", "commitSha", "depth");
    static final Set<String> DEPTHS = Set.of("quick", "standard", "full");
    private static final Pattern SHA = Pattern.compile("[0-9a-fA-F]{40}([0-9a-fA-F]{24})?");

    static ScanTarget of(ObjectNode body, ConnectedRepository repository) {
        JsonFields.allowOnly(body, FIELDS);
        Optional<String> branch = JsonFields.optionalString(body, "branch", 255);
        if (branch.isPresent() && !LocalGitHead.isValidBranchName(branch.get())) {
            throw new InvalidInputException("branch", "is not a valid git branch name");
        }
        Optional<String> commit = JsonFields.optionalString(body, "commitSha", 64);
        if (commit.isPresent() && !SHA.matcher(commit.get()).matches()) {
            throw new InvalidInputException("commitSha", "must be a full commit id: 40 or 64 hexadecimal characters");
        }
        String depth = JsonFields.optionalString(body, "depth", 16).orElse("standard");
        if (!DEPTHS.contains(depth)) {
            throw new InvalidInputException("depth", "must be quick, standard or full");
        }
        String sha = commit.map(c -> c.toLowerCase(Locale.ROOT)).orElse(null);
        Optional<Path> local = repository.asRepository().localPath();
        if (sha == null && local.isPresent()) {
            return resolvedLocally(local.get(), branch, depth);
        }
        return new ScanTarget(branch.orElse(repository.defaultBranch()), sha, depth);
    }

    private static ScanTarget resolvedLocally(Path directory, Optional<String> branch, String depth) {
        try {
            if (branch.isPresent()) {
                String head = LocalGitHead.branchHead(directory, branch.get())
                        .orElseThrow(() -> new InvalidInputException("branch", "no such branch in the repository"));
                return new ScanTarget(branch.get(), head, depth);
            }
            return LocalGitHead.of(directory).map(head -> new ScanTarget(head.branch(), head.commit(), depth))
                    .orElse(new ScanTarget(null, null, depth)); // not a git repository: the working tree, undeduplicated
        } catch (IOException e) {
            return new ScanTarget(branch.orElse(null), null, depth); // unreadable now: the worker reports it
        }
    }
}
