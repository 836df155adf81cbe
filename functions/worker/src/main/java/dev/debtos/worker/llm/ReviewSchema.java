package dev.debtos.worker.llm;

import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Severity;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import java.util.Arrays;
import java.util.List;

/**
 * The answer the model is asked for: {@code {"findings": [{"path", "startLine", "endLine", "type", "severity",
 * "title", "explanation", "evidence", "suggestion", "effortMinutes", "confidence"}]}}, {@code type} from the 18-type
 * taxonomy. The critic's answer reuses it: the findings it keeps.
 */
final class ReviewSchema {
    static final List<String> TYPES = Arrays.stream(DebtType.values()).map(DebtType::key).toList();
    static final List<String> SEVERITIES = Arrays.stream(Severity.values()).map(Severity::key).toList();

    static final JsonSchema SCHEMA = JsonSchema.builder().name("debt_review").rootElement(
            JsonObjectSchema.builder()
                    .addProperty("findings", JsonArraySchema.builder().items(JsonObjectSchema.builder()
                            .addStringProperty("path")
                            .addIntegerProperty("startLine")
                            .addIntegerProperty("endLine")
                            .addEnumProperty("type", TYPES)
                            .addEnumProperty("severity", SEVERITIES)
                            .addStringProperty("title")
                            .addStringProperty("explanation")
                            .addStringProperty("evidence", "verbatim code copied from the cited lines")
                            .addStringProperty("suggestion")
                            .addIntegerProperty("effortMinutes")
                            .addNumberProperty("confidence", "0 to 1")
                            .required("path", "startLine", "endLine", "type", "severity", "title", "explanation",
                                    "evidence", "suggestion", "effortMinutes", "confidence")
                            .additionalProperties(false)
                            .build()).build())
                    .required("findings")
                    .additionalProperties(false)
                    .build()).build();

    private ReviewSchema() {
    }
}
