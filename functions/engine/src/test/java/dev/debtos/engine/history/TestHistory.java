package dev.debtos.engine.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.internal.storage.file.FileRepository;
import org.eclipse.jgit.internal.storage.file.GC;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.pack.PackConfig;

/** Writes a repository with a history the test spells out: files, authors and commit times are all given. */
final class TestHistory implements AutoCloseable {

    static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");

    private final Git git;
    private final Path dir;

    private TestHistory(Git git, Path dir) {
        this.git = git;
        this.dir = dir;
    }

    static TestHistory init(Path dir) throws GitAPIException {
        return new TestHistory(Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call(), dir);
    }

    static Instant day(int day) {
        return BASE.plusSeconds(day * 86_400L);
    }

    /** "prefix 1\n" .. "prefix n\n" */
    static String lines(String prefix, int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> prefix + " " + i + "\n").collect(Collectors.joining());
    }

    TestHistory write(String path, String content) throws IOException {
        return writeBytes(path, content.getBytes(StandardCharsets.UTF_8));
    }

    TestHistory writeBytes(String path, byte[] content) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return this;
    }

    TestHistory delete(String path) throws IOException {
        Files.delete(dir.resolve(path));
        return this;
    }

    TestHistory move(String from, String to) throws IOException {
        Path target = dir.resolve(to);
        Files.createDirectories(target.getParent());
        Files.move(dir.resolve(from), target);
        return this;
    }

    RevCommit commit(String author, Instant when) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call(); // stages deletions
        PersonIdent ident = ident(author, when);
        return git.commit().setMessage("change by " + author).setAuthor(ident).setCommitter(ident).call();
    }

    TestHistory branch(String name) throws GitAPIException {
        git.checkout().setCreateBranch(true).setName(name).call();
        return this;
    }

    TestHistory checkout(String name) throws GitAPIException {
        git.checkout().setName(name).call();
        return this;
    }

    /** A real two-parent merge commit, made by {@code author} at {@code when}. */
    RevCommit merge(String branch, String author, Instant when) throws GitAPIException, IOException {
        git.merge().include(git.getRepository().resolve(branch)).setCommit(false)
                .setFastForward(MergeCommand.FastForwardMode.NO_FF).call();
        PersonIdent ident = ident(author, when);
        return git.commit().setMessage("merge " + branch).setAuthor(ident).setCommitter(ident).call();
    }

    /** Packs every object, versions of a file as deltas on each other, as {@code git gc} does. */
    TestHistory pack(boolean deltaBaseAsOffset) throws IOException {
        PackConfig config = new PackConfig(git.getRepository());
        config.setDeltaBaseAsOffset(deltaBaseAsOffset);
        GC gc = new GC((FileRepository) git.getRepository());
        gc.setPackConfig(config);
        gc.repack();
        gc.prunePacked();
        return this;
    }

    Path dir() {
        return dir;
    }

    /** author "name" gets e-mail name@example.com; "Name <mail>" sets both. */
    private static PersonIdent ident(String author, Instant when) {
        int lt = author.indexOf('<');
        String name = lt < 0 ? author : author.substring(0, lt).trim();
        String email = lt < 0 ? author.toLowerCase() + "@example.com" : author.substring(lt + 1, author.indexOf('>'));
        return new PersonIdent(name, email, when, ZoneOffset.UTC);
    }

    @Override
    public void close() {
        git.close();
    }
}
