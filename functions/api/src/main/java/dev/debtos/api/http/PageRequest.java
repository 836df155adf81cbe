package dev.debtos.api.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
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
