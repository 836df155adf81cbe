package dev.debtos.engine.analysis;

import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.rules.Rule;
import dev.debtos.engine.rules.RuleContext;
import dev.debtos.engine.rules.Rules;
import dev.debtos.engine.rules.SettingsFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Every rule of {@link Rules#all()} over what the earlier stages found, on as many threads as the measure stage uses
 * (the rules only read what they are given); their findings are added in rule order, whichever finishes first.
 */
final class RulesStage implements AnalysisStage {
    /** Settings and configuration files are small by nature; a larger one is generated or data. */
    private static final long MAX_SETTINGS_BYTES = 256 * 1024;
    private static final long MAX_DOCUMENT_BYTES = 256 * 1024;

    @Override
    public String name() {
        return "rules";
    }

    @Override
    public void run(AnalysisContext context) {
        List<Rule> all = Rules.all();                 // before the text index: the rules' hints are made with them
        RuleContext rules = PartTimer.timed(context.progress(), name(), "documents", () -> new RuleContext(context.files(),
                context.sources(), context.clonesWhenRead(), context.cycles(), context.satd(), context.hotspots(), context.coupling(),
                context.allPaths(), context.options().thresholds(), context.fileRoles(),
                settingsFiles(context.root(), context.allPaths()), documents(context.root(), context.allPaths()),
                context.dependencies()));
        context.progress().update(name(), 0, all.size());
        PartTimer.timed(context.progress(), name(), "text index", () -> {
            rules.textIndex().prepare();
            return null;
        });
        int threads = Math.max(1, Math.min(context.options().threads(), all.size()));
        List<PartTimer.Timed<List<Finding>>> results = threads == 1 ? sequentially(all, rules) : inParallel(all, rules, threads);
        for (int i = 0; i < all.size(); i++) {
            context.addFindings(results.get(i).reportedTo(context.progress(), name(), all.get(i).key()));
        }
        context.progress().update(name(), all.size(), all.size());
    }

    private static List<PartTimer.Timed<List<Finding>>> sequentially(List<Rule> all, RuleContext rules) {
        List<PartTimer.Timed<List<Finding>>> results = new ArrayList<>();
        for (Rule rule : all) {
            results.add(PartTimer.measure(() -> rule.check(rules)));
        }
        return results;
    }

    /** The rules on {@code threads} threads (they only read the context); the findings in rule order. */
    private static List<PartTimer.Timed<List<Finding>>> inParallel(List<Rule> all, RuleContext rules, int threads) {
        try (ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("rules-", 1).daemon().factory())) {
            List<Future<PartTimer.Timed<List<Finding>>>> futures = new ArrayList<>();
            for (Rule rule : all) {
                futures.add(pool.submit(() -> PartTimer.measure(() -> rule.check(rules))));
            }
            List<PartTimer.Timed<List<Finding>>> results = new ArrayList<>();
            for (Future<PartTimer.Timed<List<Finding>>> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the rules ran", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Markdown documents up to 256 KiB, for the rule that checks what they name still exists. */
    private static Map<String, String> documents(Path root, List<String> allPaths) {
        Map<String, String> texts = new HashMap<>();
        if (root == null) {
            return texts;
        }
        for (String path : allPaths) {
            String lower = path.toLowerCase(java.util.Locale.ROOT);
            if (!lower.endsWith(".md") && !lower.endsWith(".markdown")) {
                continue;
            }
            Path file = root.resolve(path);
            try {
                if (Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) && Files.size(file) <= MAX_DOCUMENT_BYTES) {
                    texts.put(path, Files.readString(file, StandardCharsets.UTF_8));
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                // unreadable or not UTF-8: not checked
            }
        }
        return texts;
    }

    private static Map<String, String> settingsFiles(Path root, List<String> allPaths) {
        Map<String, String> texts = new HashMap<>();
        if (root == null) {
            return texts;
        }
        for (String path : allPaths) {
            if (!SettingsFiles.isRead(path)) {
                continue;
            }
            Path file = root.resolve(path);
            try {
                if (Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) && Files.size(file) <= MAX_SETTINGS_BYTES) {
                    texts.put(path, Files.readString(file, StandardCharsets.UTF_8));
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                // unreadable or not UTF-8: the rule treats it as absent
            }
        }
        return texts;
    }
}
