package dev.debtos.worker.llm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.debtos.engine.analysis.AnalysisContext;
import dev.debtos.engine.analysis.AnalysisStage;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.metrics.FileMetrics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The LLM review: after the rules, the files where debt costs most ({@link Candidates}) are sent one by one, masked
 * ({@link SecretMasker}) and fenced as untrusted data ({@link ReviewPrompt}), to the model, within the scan's token
 * budget and the daily quota. Each answer's findings are kept only when the code confirms them
 * ({@link FindingValidator}); with {@code verify} a second, cheaper critic call sees the kept findings with their
 * cited lines and may reject them. The kept answer is cached by the file's blob id, so unchanged files cost nothing
 * on the next scan. A finding of the same type on lines a rule finding already covers is folded into that finding (not
 * reported twice). A failed or malformed call drops that file's review, never the scan.
 *
 * <p>Ports: the {@link ReviewModel}, the {@link LlmCache} and the {@link LlmUsage} log; the stage itself does no I/O.
 */
public final class LlmReviewStage implements AnalysisStage {
    private static final Logger LOG = LogManager.getLogger(LlmReviewStage.class);
    /** Calls in a row that failed after their retries: the provider is down, so the rest of the scan is not sent. */
    static final int MAX_FAILED_CALLS_IN_A_ROW = 3;

    private final ReviewModel model;
    private final LlmCache cache;
    private final LlmUsage usage;
    private final int tokenBudget;
    private final long dailyQuota;
    private final boolean verify;
    private final Predicate<String> allowed;
    private final Consumer<LlmSummary> onSummary;
    private LlmSummary summary;

    public LlmReviewStage(ReviewModel model, LlmCache cache, LlmUsage usage, int tokenBudget, long dailyQuota,
                          boolean verify, Predicate<String> allowed) {
        this(model, cache, usage, tokenBudget, dailyQuota, verify, allowed, summary -> { });
    }

    /** As above, telling {@code onSummary} what the run did when it ends (the scan's {@code stats.llm}). */
    public LlmReviewStage(ReviewModel model, LlmCache cache, LlmUsage usage, int tokenBudget, long dailyQuota,
                          boolean verify, Predicate<String> allowed, Consumer<LlmSummary> onSummary) {
        this.onSummary = onSummary;
        this.model = model;
        this.cache = cache;
        this.usage = usage;
        this.tokenBudget = tokenBudget;
        this.dailyQuota = dailyQuota;
        this.verify = verify;
        this.allowed = allowed;
    }

    @Override
    public String name() {
        return "llm";
    }

    /** What the last run did; empty before it ran. */
    public Optional<LlmSummary> summary() {
        return Optional.ofNullable(summary);
    }

    @Override
    public void run(AnalysisContext context) {
        Tally tally = new Tally();
        List<String> candidates = Candidates.ranked(context, allowed);
        Map<String, FileMetrics> metrics = new HashMap<>();
        context.files().forEach(file -> metrics.put(file.path(), file));
        List<Finding> ruleFindings = context.findings();
        List<Finding> kept = new ArrayList<>();
        String stopped = usage.tokensOfLast24Hours() >= dailyQuota ? "quota" : null;
        int done = 0;
        context.progress().update(name(), 0, candidates.size());
        for (String path : candidates) {
            Excerpt excerpt = ExcerptBuilder.of(context.sources().get(path), metrics.get(path),
                    SecretMasker.forFile(path, ruleFindings));
            Optional<String> cached = cache.find(excerpt.blobId(), model.model(), ReviewPrompt.VERSION);
            if (cached.isPresent()) {
                tally.cachedFiles++;
                kept.addAll(validated(ReviewAnswer.parse(cached.get()), excerpt, null).findings);
            } else if (stopped == null) {
                stopped = review(excerpt, tally, kept);
            }
            context.progress().update(name(), ++done, candidates.size());
        }
        List<Finding> added = merge(kept, ruleFindings, tally);
        context.addFindings(added);
        summary = new LlmSummary(model.provider(), model.model(), candidates.size(), tally.calls, tally.tokens,
                tally.cachedFiles, tally.reviewed, added.size(), tally.dropped, tally.rejected, tally.merged,
                tally.malformed, tally.failed, Optional.ofNullable(stopped), Optional.empty());
        context.put(LlmSummary.class, summary);
        onSummary.accept(summary);
        summary.warning().ifPresent(LOG::warn);
    }

    /** Reviews one file (and has the critic check it); returns why the stage must stop, or null. */
    private String review(Excerpt excerpt, Tally tally, List<Finding> kept) {
        ModelPrompt prompt = ReviewPrompt.review(excerpt);
        String stop = affordable(prompt, tally);
        if (stop != null) {
            return stop;
        }
        Optional<ModelAnswer> answer = call(prompt, tally);
        if (answer.isEmpty()) {
            return tally.failedInARow >= MAX_FAILED_CALLS_IN_A_ROW ? "provider unavailable" : null;
        }
        tally.reviewed++;
        ReviewAnswer parsed = ReviewAnswer.parse(answer.get().text());
        if (parsed.malformed()) {
            tally.malformed++;
            LOG.warn("Model answer for {} was not the JSON asked for: no findings kept from it", excerpt.path());
            return null;
        }
        Validated valid = validated(parsed, excerpt, tally);
        Validated confirmed = verify && !valid.findings.isEmpty() ? critic(excerpt, valid, tally) : valid;
        cache.store(excerpt.blobId(), model.model(), ReviewPrompt.VERSION, new ReviewAnswer(confirmed.raw, false).toJson(),
                answer.get().inputTokens(), answer.get().outputTokens());
        kept.addAll(confirmed.findings);
        return null;
    }

    /** The critic's verdict on validated findings: those it names again (same lines and evidence) stay. */
    private Validated critic(Excerpt excerpt, Validated valid, Tally tally) {
        Map<Integer, String> cited = new TreeMap<>();
        for (Finding finding : valid.findings) {
            for (int line = finding.startLine(); line <= finding.endLine(); line++) {
                cited.put(line, excerpt.lines().get(line));
            }
        }
        ModelPrompt prompt = ReviewPrompt.critic(excerpt, new ReviewAnswer(valid.raw, false).toJson(), cited);
        if (affordable(prompt, tally) != null) {
            return valid; // no room for a second opinion: the validated findings stand
        }
        Optional<ModelAnswer> answer = call(prompt, tally);
        ReviewAnswer verdict = answer.map(a -> ReviewAnswer.parse(a.text())).orElse(null);
        if (verdict == null || verdict.malformed()) {
            return valid;
        }
        Set<String> confirmed = new LinkedHashSet<>();
        verdict.findings().forEach(node -> confirmed.add(identity(node)));
        Validated kept = new Validated();
        for (int i = 0; i < valid.findings.size(); i++) {
            if (confirmed.contains(identity(valid.raw.get(i)))) {
                kept.add(valid.raw.get(i), valid.findings.get(i));
            } else {
                tally.rejected++;
            }
        }
        return kept;
    }

    private static String identity(JsonNode finding) {
        return finding.path("startLine").asInt() + "\0" + FindingValidator.normalise(finding.path("evidence").asText(""));
    }

    /** Why a call of this size cannot be made now (scan budget, daily quota), or null. */
    private String affordable(ModelPrompt prompt, Tally tally) {
        long cost = prompt.estimatedInputTokens() + (long) prompt.maxOutputTokens();
        if (tally.tokens + cost > tokenBudget) {
            return "budget";
        }
        if (usage.tokensOfLast24Hours() + cost > dailyQuota) {
            return "quota";
        }
        return null;
    }

    private Optional<ModelAnswer> call(ModelPrompt prompt, Tally tally) {
        try {
            ModelAnswer answer = model.ask(prompt);
            tally.failedInARow = 0;
            tally.calls++;
            tally.tokens += answer.tokens();
            usage.record(model.provider(), model.model(), answer.inputTokens(), answer.outputTokens());
            return Optional.of(answer);
        } catch (ReviewModel.ModelCallFailed e) {
            tally.failed++;
            tally.failedInARow++;
            LOG.warn("Model call failed ({}): the file is left unreviewed", e.getMessage());
            return Optional.empty();
        }
    }

    private static Validated validated(ReviewAnswer answer, Excerpt excerpt, Tally tally) {
        Validated valid = new Validated();
        for (JsonNode raw : answer.findings()) {
            FindingValidator.Checked checked = FindingValidator.check(raw, excerpt);
            if (checked.finding().isPresent()) {
                valid.add(raw, checked.finding().get());
            } else if (tally != null) {
                tally.dropped++;
                LOG.info("Model finding dropped in {}: {}", excerpt.path(), checked.reason());
            }
        }
        return valid;
    }

    /** One finding per fingerprint, none at a place a rule finding of the same type already covers. */
    private static List<Finding> merge(List<Finding> kept, List<Finding> ruleFindings, Tally tally) {
        Map<String, Finding> unique = new java.util.LinkedHashMap<>();
        for (Finding finding : kept) {
            boolean covered = ruleFindings.stream().anyMatch(rule -> rule.type() == finding.type()
                    && finding.path().equals(rule.path()) && rule.startLine() <= finding.endLine()
                    && finding.startLine() <= Math.max(rule.startLine(), rule.endLine()));
            if (covered) {
                tally.merged++;
            } else {
                unique.putIfAbsent(finding.fingerprint(), finding);
            }
        }
        return List.copyOf(unique.values());
    }

    private static final class Validated {
        final List<JsonNode> raw = new ArrayList<>();
        final List<Finding> findings = new ArrayList<>();

        void add(JsonNode node, Finding finding) {
            raw.add(node);
            findings.add(finding);
        }
    }

    private static final class Tally {
        int calls;
        long tokens;
        int cachedFiles;
        int reviewed;
        int dropped;
        int rejected;
        int merged;
        int malformed;
        int failed;
        int failedInARow;
    }
}
