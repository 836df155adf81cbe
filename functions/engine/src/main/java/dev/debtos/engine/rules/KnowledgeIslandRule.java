package dev.debtos.engine.rules;

import dev.debtos.engine.analysis.Hotspot;
import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.Fingerprints;
import dev.debtos.engine.findings.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * A hotspot that one person wrote almost alone: a bus-factor-of-one risk. Typed missing_docs because the
 * remedy is shared knowledge (documentation, pairing, reviews), which the taxonomy files under documentation.
 */
public final class KnowledgeIslandRule extends RuleMetadata {
    public static final String KEY = "DEBT-KNOWLEDGE-001";

    public KnowledgeIslandRule() {
        super(KEY, DebtType.MISSING_DOCS, "Knowledge island",
                "One author wrote most of a hotspot: if they leave, nobody knows how the riskiest code works.");
    }

    /** Authorship comes from blame, which squashed or bulk commits can skew. */
    @Override
    public Precision precision() {
        return Precision.MEDIUM;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        HotspotCriteria criteria = HotspotCriteria.of(context);
        List<Finding> findings = new ArrayList<>();
        for (Hotspot hotspot : context.hotspots()) {
            if (!criteria.qualifies(hotspot)
                    || hotspot.mainAuthorShare() < context.thresholds().knowledgeIslandShare()) {
                continue;
            }
            findings.add(new Finding(KEY, DebtType.MISSING_DOCS, Severity.MEDIUM, hotspot.path(), 1, Math.max(1, hotspot.loc()),
                    String.format(java.util.Locale.ROOT, "Knowledge island: %s wrote %.0f%% of this hotspot", hotspot.mainAuthor(),
                            100 * hotspot.mainAuthorShare()),
                    "mainAuthor=" + hotspot.mainAuthor() + " share=" + Math.round(100 * hotspot.mainAuthorShare()) + "% authors="
                            + hotspot.authors(),
                    60, Fingerprints.of(KEY, hotspot.path(), "file"), 0));
        }
        return findings;
    }
}
