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
 * The LLM stage: first the rule findings at the top of the plan are triaged ({@link RuleTriage}: the model judges
 * whether each is actionable; those it does not are lowered, never removed), within a third of the scan's token
 * budget; then the review: after the rules, the files where debt costs most ({@link Candidates}) are sent one by one, masked
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
    /** Triage spends at most this share of the scan's token budget; the review has the rest. */
    static final int TRIAGE_BUDGET_DIVISOR = 3;

    private final ReviewModel model;
    private final LlmCache cache;
    private final LlmUsage usage;
    private final int tokenBudget;
    private final long dailyQuota;
    private final boolean verify;
    private final int triageTop;
    private final Predicate<String> allowed;
    private final Consumer<LlmSummary> onSummary;
    private LlmSummary summary;

    /** @param triageTop how many of the top rule findings are triaged (0: none) */
    public LlmReviewStage(ReviewModel model, LlmCache cache, LlmUsage usage, int tokenBudget, long dailyQuota,
                          boolean verify, int triageTop, Predicate<String> allowed) {
        this(model, cache, usage, tokenBudget, dailyQuota, verify, triageTop, allowed, summary -> { });
    }

    /** As above, telling {@code onSummary} what the run did when it ends (the scan's {@code stats.llm}). */
    public LlmReviewStage(ReviewModel model, LlmCache cache, LlmUsage usage, int tokenBudget, long dailyQuota,
                          boolean verify, int triageTop, Predicate<String> allowed, Consumer<LlmSummary> onSummary) {
        this.triageTop = triageTop;
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
        Tally tally = new Tally(new ModelCalls(model, usage, tokenBudget, dailyQuota));
        RuleTriage.Result triage = RuleTriage.run(context, tally.calls, cache, triageTop,
                tokenBudget / TRIAGE_BUDGET_DIVISOR, allowed);
        List<String> candidates = Candidates.ranked(context, allowed);
        Map<String, FileMetrics> metrics = new HashMap<>();
        context.files().forEach(file -> metrics.put(file.path(), file));
        List<Finding> ruleFindings = context.findings();
        List<Finding> kept = new ArrayList<>();
        String stopped = "budget".equals(triage.stopped()) ? null : triage.stopped();
        if (stopped == null && tally.calls.quotaReached()) {
            stopped = "quota";
        }
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
        summary = new LlmSummary(model.provider(), model.model(), candidates.size(), tally.calls.calls, tally.calls.tokens,
                tally.cachedFiles, tally.reviewed, added.size(), tally.dropped, tally.rejected, tally.merged,
                tally.malformed + triage.malformed(), tally.calls.failed, Optional.ofNullable(stopped), Optional.empty(),
                new LlmSummary.Triage(triage.triaged(), triage.notActionable(), triage.cached()));
        context.put(LlmSummary.class, summary);
        onSummary.accept(summary);
        summary.warning().ifPresent(LOG::warn);
    }

    /** Reviews one file (and has the critic check it); returns why the stage must stop, or null. */
    private String review(Excerpt excerpt, Tally tally, List<Finding> kept) {
        ModelPrompt prompt = ReviewPrompt.review(excerpt);
        String stop = tally.calls.affordable(prompt);
        if (stop != null) {
            return stop;
        }
        Optional<ModelAnswer> answer = tally.calls.ask(prompt);
        if (answer.isEmpty()) {
            return tally.calls.providerDown() ? "provider unavailable" : null;
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
        if (tally.calls.affordable(prompt) != null) {
            return valid; // no room for a second opinion: the validated findings stand
        }
        Optional<ModelAnswer> answer = tally.calls.ask(prompt);
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
        final ModelCalls calls;
        int cachedFiles;
        int reviewed;
        int dropped;
        int rejected;
        int merged;
        int malformed;

        Tally(ModelCalls calls) {
            this.calls = calls;
        }
    }
}
