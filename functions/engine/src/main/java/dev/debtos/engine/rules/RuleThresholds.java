package dev.debtos.engine.rules;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every rule threshold, with defaults in line with SonarQube's and PMD's (cyclomatic 10, cognitive 15, 7
 * parameters allowed, nesting 4) and CodeScene's hotspot conventions. A repository overrides any of them by
 * name through {@link #withOverrides(Map)}.
 */
public record RuleThresholds(int cyclomatic, int cognitive, int functionLines, int nesting, int parameters,
                             int godFileLines, int godFileFunctions, int godFileComplexity, double hotspotScore,
                             double knowledgeIslandShare, double couplingDegree) {

    public static RuleThresholds defaults() {
        return new RuleThresholds(10, 15, 60, 4, 6, 750, 40, 200, 0.25, 0.8, 0.5);
    }

    public Map<String, Number> asMap() {
        Map<String, Number> map = new LinkedHashMap<>();
        map.put("cyclomatic", cyclomatic);
        map.put("cognitive", cognitive);
        map.put("functionLines", functionLines);
        map.put("nesting", nesting);
        map.put("parameters", parameters);
        map.put("godFileLines", godFileLines);
        map.put("godFileFunctions", godFileFunctions);
        map.put("godFileComplexity", godFileComplexity);
        map.put("hotspotScore", hotspotScore);
        map.put("knowledgeIslandShare", knowledgeIslandShare);
        map.put("couplingDegree", couplingDegree);
        return map;
    }

    /** @throws IllegalArgumentException naming the first unknown or out-of-range threshold */
    public RuleThresholds withOverrides(Map<String, ? extends Number> overrides) {
        Map<String, Number> merged = asMap();
        for (Map.Entry<String, ? extends Number> entry : overrides.entrySet()) {
            if (!merged.containsKey(entry.getKey())) {
                throw new IllegalArgumentException("unknown rule threshold '" + entry.getKey() + "' (known: "
                        + String.join(", ", merged.keySet()) + ")");
            }
            double value = entry.getValue().doubleValue();
            boolean fraction = entry.getKey().equals("hotspotScore") || entry.getKey().equals("knowledgeIslandShare")
                    || entry.getKey().equals("couplingDegree");
            if (fraction ? value <= 0 || value > 1 : value < 1 || value > 100_000 || value != Math.rint(value)) {
                throw new IllegalArgumentException("rule threshold '" + entry.getKey() + "' must be "
                        + (fraction ? "a number in (0, 1]" : "a whole number between 1 and 100000"));
            }
            merged.put(entry.getKey(), entry.getValue());
        }
        return new RuleThresholds(merged.get("cyclomatic").intValue(), merged.get("cognitive").intValue(),
                merged.get("functionLines").intValue(), merged.get("nesting").intValue(), merged.get("parameters").intValue(),
                merged.get("godFileLines").intValue(), merged.get("godFileFunctions").intValue(),
                merged.get("godFileComplexity").intValue(), merged.get("hotspotScore").doubleValue(),
                merged.get("knowledgeIslandShare").doubleValue(), merged.get("couplingDegree").doubleValue());
    }
}
