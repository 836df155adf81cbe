package dev.debtos.engine.report;

import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.Severity;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many findings there are per severity and per debt type, and what fixing them all costs.
 * Both maps hold every constant, zero where none was found, in the enums' order.
 */
record FindingCounts(int total, Map<Severity, Integer> bySeverity, Map<DebtType, Integer> byType,
                     long remediationMinutes) {

    static FindingCounts of(List<Finding> findings) {
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            bySeverity.put(severity, 0);
        }
        Map<DebtType, Integer> byType = new EnumMap<>(DebtType.class);
        for (DebtType type : DebtType.values()) {
            byType.put(type, 0);
        }
        long minutes = 0;
        for (Finding finding : findings) {
            bySeverity.merge(finding.severity(), 1, Integer::sum);
            byType.merge(finding.type(), 1, Integer::sum);
            minutes += finding.remediationMinutes();
        }
        return new FindingCounts(findings.size(), Collections.unmodifiableMap(bySeverity),
                Collections.unmodifiableMap(byType), minutes);
    }

    int count(Severity severity) {
        return bySeverity.get(severity);
    }
}
