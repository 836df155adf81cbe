package dev.debtos.worker.llm;

import dev.debtos.engine.analysis.AnalysisContext;
import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.inventory.FileRoles;
import dev.debtos.engine.scoring.Places;
import dev.debtos.engine.scoring.Scoring;
import dev.debtos.engine.source.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Triage of the rule findings at the top of the plan: the {@code top} places the score stage would rank first
 * (production code, by priority) go to the model, {@link #BATCH} to a call, and each gets a verdict: actionable debt
 * or not. A finding judged not actionable keeps its place in the ledger with confidence {@link #NOT_ACTIONABLE} (its
 * priority is multiplied by it when scored) and the model's reason added to its evidence; nothing is removed.
 * Verdicts are cached per finding and file text, so an unchanged finding is never sent twice. Triage spends at most
 * {@code limit} tokens of the scan's budget. Findings about secrets or security are not triaged (their lines are masked,
 * and they are always worth a look), nor are repository-wide findings, which have no code to show.
 */
final class RuleTriage {
    private static final Logger LOG = LogManager.getLogger(RuleTriage.class);
    /** How many places are triaged per scan by default. */
    static final int TOP = 20;
    static final int BATCH = 10;
    /** The confidence of a finding judged not actionable. */
    static final double NOT_ACTIONABLE = 0.2;
    private static final int CONTEXT_LINES = 1;
    private static final int MAX_LINES = 20;

    /** What a triage did; {@code stopped} is why it could not send all it wanted (budget, quota, provider down), or null. */
    record Result(int triaged, int notActionable, int cached, int malformed, String stopped) {
        static final Result NONE = new Result(0, 0, 0, 0, null);
    }

    private RuleTriage() {
    }

    static Result run(AnalysisContext context, ModelCalls calls, LlmCache cache, int top, long limit,
                      Predicate<String> allowed) {
        if (top <= 0) {
            return Result.NONE;
        }
        String model = calls.model().model();
        Map<String, TriageVerdict> verdicts = new HashMap<>(); // by fingerprint
        List<TriageItem> pending = new ArrayList<>();
        int cached = 0;
        for (TriageItem item : items(context, top, allowed)) {
            Optional<TriageVerdict> known = cache.find(item.cacheKey(), model, TriagePrompt.VERSION).flatMap(TriageVerdict::fromCache);
            if (known.isPresent()) {
                verdicts.put(item.finding().fingerprint(), known.get());
                cached++;
            } else {
                pending.add(item);
            }
        }
        int malformed = 0;
        String stopped = calls.quotaReached() && !pending.isEmpty() ? "quota" : null;
        for (int from = 0; from < pending.size() && stopped == null; from += BATCH) {
            List<TriageItem> batch = renumbered(pending.subList(from, Math.min(pending.size(), from + BATCH)));
            ModelPrompt prompt = TriagePrompt.of(batch);
            stopped = calls.affordable(prompt, limit);
            if (stopped != null) {
                break;
            }
            Optional<ModelAnswer> answer = calls.ask(prompt);
            if (answer.isEmpty()) {
                stopped = calls.providerDown() ? "provider unavailable" : null;
                continue;
            }
            Map<String, TriageItem> byId = new LinkedHashMap<>();
            batch.forEach(item -> byId.put(item.id(), item));
            Optional<Map<String, TriageVerdict>> parsed = TriageVerdict.parse(answer.get().text(), byId.keySet());
            if (parsed.isEmpty()) {
                malformed++;
                LOG.warn("Triage answer was not the JSON asked for: {} findings keep their confidence", batch.size());
                continue;
            }
            int share = Math.max(1, parsed.get().size());
            parsed.get().forEach((id, verdict) -> {
                TriageItem item = byId.get(id);
                verdicts.put(item.finding().fingerprint(), verdict);
                cache.store(item.cacheKey(), model, TriagePrompt.VERSION, verdict.toJson(),
                        answer.get().inputTokens() / share, answer.get().outputTokens() / share);
            });
        }
        int notActionable = (int) verdicts.values().stream().filter(v -> !v.actionable()).count();
        context.changeFindings(finding -> {
            TriageVerdict verdict = verdicts.get(finding.fingerprint());
            return verdict == null || verdict.actionable() || finding.source().equals("llm") ? finding
                    : finding.withConfidence(NOT_ACTIONABLE, evidence(finding, model, verdict));
        });
        return new Result(verdicts.size(), notActionable, cached, malformed, stopped);
    }

    private static String evidence(Finding finding, String model, TriageVerdict verdict) {
        String note = "Not actionable (triage by " + model + "): " + verdict.reason();
        return finding.evidence() == null || finding.evidence().isBlank() ? note : finding.evidence() + "\n\n" + note;
    }

    /** The places the score stage would put first, as triage sends them. */
    private static List<TriageItem> items(AnalysisContext context, int top, Predicate<String> allowed) {
        FileRoles roles = context.fileRoles();
        List<Finding> placed = Places.merge(context.findings().stream().map(f -> f.withRole(roles.of(f.path()))).toList());
        List<TriageItem> items = new ArrayList<>();
        Map<String, String> blobIds = new HashMap<>();
        for (Finding finding : Scoring.prioritise(placed, context.hotspots(), context.coupling())) {
            if (items.size() == top) {
                break;
            }
            SourceFile source = finding.path().isEmpty() ? null : context.sources().get(finding.path());
            if (source == null || !finding.inProduction() || finding.source().equals("llm") || finding.startLine() < 1
                    || finding.type() == DebtType.HARDCODED_CONFIG || finding.type() == DebtType.SECURITY_ISSUE
                    || Candidates.isTest(finding.path()) || !allowed.test(finding.path())) {
                continue;
            }
            String blobId = blobIds.computeIfAbsent(finding.path(), path -> ExcerptBuilder.blobId(source.text()));
            SecretMasker masker = SecretMasker.forFile(finding.path(), context.findings());
            items.add(new TriageItem("F" + (items.size() + 1), finding, blobId,
                    SecretMasker.maskText(oneLine(finding.message())), lines(source, finding, masker)));
        }
        return items;
    }

    private static List<TriageItem> renumbered(List<TriageItem> batch) {
        List<TriageItem> numbered = new ArrayList<>();
        for (TriageItem item : batch) {
            numbered.add(new TriageItem("F" + (numbered.size() + 1), item.finding(), item.blobId(), item.message(), item.lines()));
        }
        return numbered;
    }

    /**
     * The lines sent for a finding: its first lines with one line of context before and after, at most
     * {@link #MAX_LINES}. A region longer than that (a whole file, a long function) starts at its first line of code:
     * a file-size finding shows its declarations, not its license header and imports.
     */
    static TreeMap<Integer, String> lines(SourceFile source, Finding finding, SecretMasker masker) {
        String[] text = source.text().split("\n", -1);
        int count = source.text().endsWith("\n") ? text.length - 1 : text.length;
        int end = Math.max(finding.startLine(), finding.endLine());
        int first = Math.max(1, finding.startLine() - CONTEXT_LINES);
        if (end - first + 1 > MAX_LINES) {
            first = Math.max(finding.startLine(), 1);
            while (first < Math.min(end, count) && preamble(text[first - 1])) {
                first++;
            }
        }
        int last = Math.min(count, Math.min(end + CONTEXT_LINES, first + MAX_LINES - 1));
        TreeMap<Integer, String> lines = new TreeMap<>();
        for (int line = first; line <= last; line++) {
            lines.put(line, ExcerptBuilder.prepare(masker, line, text[line - 1]));
        }
        return lines;
    }

    /** A blank line, a comment line, or a package or import line. */
    private static boolean preamble(String line) {
        String code = line.strip();
        return code.isEmpty() || code.startsWith("//") || code.startsWith("/*") || code.startsWith("*")
                || code.startsWith("#") || code.startsWith("package ") || code.startsWith("import ");
    }

    private static String oneLine(String message) {
        String line = message == null ? "" : message.replaceAll("\\s+", " ").strip();
        return line.length() > ExcerptBuilder.MAX_LINE_CHARS ? line.substring(0, ExcerptBuilder.MAX_LINE_CHARS) : line;
    }
}
