package dev.debtos.api.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import dev.debtos.api.contract.Parameter;
import dev.debtos.api.contract.Schema;
import dev.debtos.platform.repos.Page;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Offset pagination of list routes: {@code limit} (1 to 100, default 20) and {@code offset} (0 to 100000, default
 * 0) query parameters; the answer carries {@code items}, {@code total}, {@code limit} and {@code offset}. Offsets
 * rather than cursors: the lists are per user or per repository and short, the UI wants page numbers and a total,
 * and the order (newest first, then id) is total, so a page never repeats an item unless rows are added meanwhile.
 */
public record PageRequest(int limit, int offset) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    public static final int MAX_OFFSET = 100_000;

    /** The {@code limit} and {@code offset} query parameters, as {@link #of} reads them. */
    public static final List<Parameter> QUERY = List.of(
            Parameter.query("limit", Schema.integer(1, MAX_LIMIT).withDefault(DEFAULT_LIMIT), "Page size"),
            Parameter.query("offset", Schema.integer(0, MAX_OFFSET).withDefault(0), "Items to skip, newest first"));

    /** The schema of {@link #body}'s answer, a page of {@code item}s (name it to make it a component). */
    public static Schema pageOf(Schema item) {
        return Schema.object()
                .required("items", Schema.arrayOf(item))
                .required("total", Schema.integer().describe("Items in the whole list"))
                .required("limit", Schema.integer())
                .required("offset", Schema.integer());
    }

    public static PageRequest of(APIGatewayProxyRequestEvent request) {
        Map<String, String> query = request.getQueryStringParameters() == null ? Map.of() : request.getQueryStringParameters();
        return new PageRequest(number(query.get("limit"), "limit", DEFAULT_LIMIT, 1, MAX_LIMIT),
                number(query.get("offset"), "offset", 0, 0, MAX_OFFSET));
    }

    private static int number(String raw, String field, int fallback, int min, int max) {
        if (raw == null) {
            return fallback;
        }
        if (!raw.matches("[0-9]{1,7}") || Integer.parseInt(raw) < min || Integer.parseInt(raw) > max) {
            throw new InvalidInputException(field, "must be a whole number from " + min + " to " + max);
        }
        return Integer.parseInt(raw);
    }

    /** The response body of a page, each item rendered by {@code json}. */
    public static <T> Map<String, Object> body(Page<T> page, Function<T, Object> json) {
        Map<String, Object> body = new LinkedHashMap<>();
        List<Object> items = page.items().stream().map(json).toList();
        body.put("items", items);
        body.put("total", page.total());
        body.put("limit", page.limit());
        body.put("offset", page.offset());
        return body;
    }
}
