package dev.debtos.platform.ledger;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.FindingLocation;

/** A finding's other places as the {@code debt_items.related_locations} JSON array stores them. */
final class RelatedLocations {

    private RelatedLocations() {
    }

    static String json(Finding finding) {
        ArrayNode places = JsonNodeFactory.instance.arrayNode();
        for (FindingLocation place : finding.related()) {
            places.addObject().put("path", place.path()).put("startLine", place.startLine())
                    .put("endLine", place.endLine()).put("startColumn", place.startColumn());
        }
        return places.toString();
    }
}
