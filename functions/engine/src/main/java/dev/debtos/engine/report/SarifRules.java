package dev.debtos.engine.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.Severity;
import dev.debtos.engine.rules.Rule;
import dev.debtos.engine.rules.Rules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code tool.driver.rules}: one reporting descriptor per rule key that the reported findings use, sorted by key, so a
 * result's {@code ruleIndex} is its rule's position here. A rule's default level is that of its worst finding, and so
 * is its {@code problem.severity} (error, warning or recommendation: GitHub shows it for non-security alerts); its
 * {@code precision} is the rule's own, and its {@code helpUri} its page under the repository's {@code docs/rules/}.
 */
final class SarifRules {

    static final String UNKNOWN_RULE = "DEBT-UNKNOWN";
    private static final Map<String, Rule> RULES = Rules.all().stream()
            .collect(java.util.stream.Collectors.toMap(Rule::key, r -> r));

    /** "Complex function" → "ComplexFunction", SARIF's convention for rule names. */
    private static String identifier(String title) {
        StringBuilder out = new StringBuilder();
        for (String word : title.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return out.toString();
    }

    private final Map<String, List<Finding>> findingsByRule;
    private final List<String> ids;
    private final ReportTool tool;

    private SarifRules(Map<String, List<Finding>> findingsByRule, ReportTool tool) {
        this.findingsByRule = findingsByRule;
        this.ids = List.copyOf(findingsByRule.keySet());
        this.tool = tool;
    }

    static SarifRules of(List<Finding> findings, ReportTool tool) {
        Map<String, List<Finding>> byRule = new TreeMap<>();
        for (Finding finding : findings) {
            byRule.computeIfAbsent(idOf(finding), key -> new ArrayList<>()).add(finding);
        }
        return new SarifRules(byRule, tool);
    }

    static String idOf(Finding finding) {
        return Objects.requireNonNullElse(finding.ruleKey(), UNKNOWN_RULE);
    }

    int indexOf(Finding finding) {
        return ids.indexOf(idOf(finding));
    }

    int size() {
        return ids.size();
    }

    ArrayNode toJson(JsonNodeFactory json) {
        ArrayNode rules = json.arrayNode();
        for (String id : ids) {
            rules.add(descriptor(json, id, findingsByRule.get(id)));
        }
        return rules;
    }

    private ObjectNode descriptor(JsonNodeFactory json, String id, List<Finding> findings) {
        TreeSet<DebtType> types = new TreeSet<>();
        Severity worst = Severity.INFO;
        for (Finding finding : findings) {
            types.add(finding.type());
            worst = finding.severity().atLeast(worst) ? finding.severity() : worst;
        }
        DebtType type = types.first();
        DebtTypeText text = DebtTypeText.of(type);
        Rule known = RULES.get(id); // the rule's own title and description where the engine knows the key
        String title = known != null ? known.title() : text.title();
        String description = known != null ? known.description() : text.description();
        ObjectNode rule = json.objectNode();
        rule.put("id", id);
        rule.put("name", known != null ? identifier(known.title()) : DebtTypeText.identifier(type));
        rule.putObject("shortDescription").put("text", title + " (" + id + ")");
        rule.putObject("fullDescription").put("text", description);
        String helpUri = known != null ? tool.helpUri(id) : null; // pages exist for the engine's rules only
        if (helpUri != null) {
            rule.put("helpUri", helpUri);
        }
        String help = description + " Each result carries its estimated remediation effort in minutes and its"
                + " priority (interest × severity × how far past its threshold) in its properties.";
        String markdown = "**" + title + "**: " + help + (helpUri == null ? "" : " [How to fix it](" + helpUri + ")");
        rule.putObject("help").put("text", help).put("markdown", markdown);
        rule.putObject("defaultConfiguration").put("level", SarifLevel.of(worst));
        ObjectNode properties = rule.putObject("properties");
        if (known != null) {
            properties.put("precision", known.precision().key());
        }
        properties.put("problem.severity", SarifLevel.problemSeverity(worst));
        ArrayNode tags = properties.putArray("tags");
        types.forEach(t -> tags.add(t.key()));
        if (types.contains(DebtType.SECURITY_ISSUE)) {
            tags.add("security");
            properties.put("security-severity", SarifLevel.securitySeverity(worst));
        }
        return rule;
    }
}
