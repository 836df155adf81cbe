package dev.debtos.engine.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.FindingLocation;
import dev.debtos.engine.suppression.SuppressedFinding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code run.results}: one result per finding, pointing at its rule by id and index.
 *
 * <p>{@code partialFingerprints} holds the engine's fingerprint as {@code debtOs/v1}, and, because GitHub code scanning
 * reads only {@code primaryLocationLineHash}, the same identity in that key's form: 16 hex digits of its SHA-256 and the
 * occurrence number among results with the same rule, file and fingerprint (as CodeQL's action numbers repeats).
 * Findings without a path are pinned to line 1 of the {@link RepositoryAnchor}; without an anchor they have no location.
 * Every other copy of a clone group is a related location, and the message links each copy it names to it
 * ({@code [path:3-9](1)}), as code scanning shows related locations only through such links. Regions carry the start
 * column where the lexer knew it.
 */
final class SarifResults {

    static final String SRCROOT = "%SRCROOT%";

    private final JsonNodeFactory json;
    private final SarifRules rules;
    private final Optional<String> anchor;
    private final Map<String, Integer> occurrences = new HashMap<>();

    SarifResults(JsonNodeFactory json, SarifRules rules, Optional<String> anchor) {
        this.json = json;
        this.rules = rules;
        this.anchor = anchor;
    }

    ArrayNode toJson(List<Finding> findings) {
        ArrayNode results = json.arrayNode();
        for (Finding finding : findings) {
            results.add(result(finding));
        }
        return results;
    }

    /**
     * Suppressed findings as results with a {@code suppressions} entry: {@code inSource} for a comment in the code,
     * {@code external} for {@code .debt-os.yml} and settings, the reason as its justification.
     */
    ArrayNode suppressedJson(List<SuppressedFinding> suppressed) {
        ArrayNode results = json.arrayNode();
        for (SuppressedFinding s : suppressed) {
            ObjectNode result = result(s.finding());
            ObjectNode suppression = result.putArray("suppressions").addObject();
            boolean inSource = s.suppressedBy().contains(":");
            suppression.put("kind", inSource ? "inSource" : "external");
            suppression.put("justification", (s.reason().isEmpty() ? "" : s.reason() + " ") + "(" + s.suppressedBy() + ")");
            results.add(result);
        }
        return results;
    }

    private ObjectNode result(Finding finding) {
        String path = FindingRanking.pathOf(finding);
        boolean repositoryWide = path.isEmpty();
        ObjectNode result = json.objectNode();
        result.put("ruleId", SarifRules.idOf(finding));
        result.put("ruleIndex", rules.indexOf(finding));
        result.put("level", SarifLevel.of(finding.severity()));
        String message = finding.message() == null || finding.message().isBlank()
                ? DebtTypeText.of(finding.type()).title() : finding.message();
        String text = linkRelated(escapeBrackets(message), finding.related());
        result.putObject("message").put("text", repositoryWide ? "Repository-wide: " + text : text);
        Optional<String> file = repositoryWide ? anchor : Optional.of(path);
        file.ifPresent(location -> result.putArray("locations").add(location(location, finding, repositoryWide)));
        if (!finding.related().isEmpty()) {
            ArrayNode related = result.putArray("relatedLocations");
            for (int i = 0; i < finding.related().size(); i++) {
                related.add(relatedLocation(i + 1, finding.related().get(i)));
            }
        }
        if (finding.fingerprint() != null && !finding.fingerprint().isBlank()) {
            ObjectNode fingerprints = result.putObject("partialFingerprints");
            fingerprints.put("debtOs/v1", finding.fingerprint());
            fingerprints.put("primaryLocationLineHash", lineHash(finding, file.orElse("")));
        }
        ObjectNode properties = result.putObject("properties");
        properties.put("remediationMinutes", finding.remediationMinutes());
        properties.put("priority", finding.priority());
        properties.put("debtType", finding.type().key());
        properties.put("severity", finding.severity().key());
        if (repositoryWide) {
            properties.put("repositoryWide", true);
        }
        return result;
    }

    private ObjectNode location(String path, Finding finding, boolean repositoryWide) {
        int startLine = repositoryWide ? 1 : Math.max(1, finding.startLine());
        int endLine = repositoryWide ? 1 : Math.max(startLine, finding.endLine());
        ObjectNode location = json.objectNode();
        ObjectNode physical = location.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", ArtifactUri.of(path)).put("uriBaseId", SRCROOT);
        ObjectNode region = physical.putObject("region").put("startLine", startLine);
        if (!repositoryWide && finding.startColumn() > 0) {
            region.put("startColumn", finding.startColumn());
        }
        region.put("endLine", endLine);
        return location;
    }

    /**
     * A SARIF message's text reads {@code [...](...)} as a link: brackets from the finding are escaped, and so is a
     * backslash just before one (elsewhere a backslash is plain text).
     */
    static String escapeBrackets(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean beforeBracket = i + 1 < text.length() && (text.charAt(i + 1) == '[' || text.charAt(i + 1) == ']');
            if (c == '[' || c == ']' || c == '\\' && beforeBracket) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Each related place the message names ({@code path:start-end}, in order) becomes a link to its related location. */
    private static String linkRelated(String message, List<FindingLocation> related) {
        StringBuilder out = new StringBuilder(message.length() + 8 * related.size());
        int from = 0;
        for (int i = 0; i < related.size(); i++) {
            FindingLocation place = related.get(i);
            String named = escapeBrackets(place.path() + ':' + place.startLine() + '-' + place.endLine());
            int at = message.indexOf(named, from);
            if (at < 0) {
                continue;
            }
            out.append(message, from, at).append('[').append(named).append("](").append(i + 1).append(')');
            from = at + named.length();
        }
        return out.append(message, from, message.length()).toString();
    }

    /** Another copy of a clone group: its own id, file and region (with the column where it is known). */
    private ObjectNode relatedLocation(int id, FindingLocation place) {
        ObjectNode location = json.objectNode();
        location.put("id", id);
        ObjectNode physical = location.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", ArtifactUri.of(place.path())).put("uriBaseId", SRCROOT);
        ObjectNode region = physical.putObject("region").put("startLine", Math.max(1, place.startLine()))
                .put("endLine", Math.max(Math.max(1, place.startLine()), place.endLine()));
        if (place.startColumn() > 0) {
            region.put("startColumn", place.startColumn());
        }
        location.putObject("message").put("text", "Copy " + (id + 1));
        return location;
    }

    private String lineHash(Finding finding, String file) {
        String hash = sha256Prefix(finding.fingerprint());
        int occurrence = occurrences.merge(SarifRules.idOf(finding) + '\n' + file + '\n' + hash, 1, Integer::sum);
        return hash + ":" + occurrence;
    }

    private static String sha256Prefix(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
