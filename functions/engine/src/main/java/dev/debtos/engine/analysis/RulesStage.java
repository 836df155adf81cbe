package dev.debtos.engine.analysis;

import dev.debtos.engine.rules.Rule;
import dev.debtos.engine.rules.RuleContext;
import dev.debtos.engine.rules.Rules;
import dev.debtos.engine.rules.SettingsFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every rule of {@link Rules#all()} over what the earlier stages found. */
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
        RuleContext rules = PartTimer.timed(context.progress(), name(), "documents", () -> new RuleContext(context.files(),
                context.sources(), context.clones(), context.cycles(), context.satd(), context.hotspots(), context.coupling(),
                context.allPaths(), context.options().thresholds(), context.fileRoles(),
                settingsFiles(context.root(), context.allPaths()), documents(context.root(), context.allPaths()),
                context.dependencies()));
        List<Rule> all = Rules.all();
        for (int i = 0; i < all.size(); i++) {
            context.progress().update(name(), i, all.size());
            Rule rule = all.get(i);
            context.addFindings(PartTimer.timed(context.progress(), name(), rule.key(), () -> rule.check(rules)));
        }
        context.progress().update(name(), all.size(), all.size());
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
