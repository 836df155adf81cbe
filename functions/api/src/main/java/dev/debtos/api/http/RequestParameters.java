package dev.debtos.api.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Path and query parameters, validated: anything malformed is an {@link InvalidInputException} naming the parameter.
 * A repeatable query parameter may be repeated ({@code ?severity=high&severity=low}) or comma-separated.
 */
public final class RequestParameters {
    private static final int MAX_VALUES = 32;
    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private RequestParameters() {
    }

    /** The path parameter {@code name} as an id: see {@link #id}. */
    public static UUID pathId(APIGatewayProxyRequestEvent request, String name) {
        return id(name, RequestContext.pathParameter(request, name).orElse(""), "must be a UUID");
    }

    /**
     * The one rule for an id in a request (path, query or body): a UUID in its canonical form, 8-4-4-4-12 hexadecimal
     * digits in either case, read lower-cased. Anything else ({@code 1-1-1-1-1}, braces, a missing dash, 37
     * characters) is a 400 naming {@code field} with {@code problem}, as {@code UUID.fromString} alone would accept
     * some of those.
     */
    public static UUID id(String field, String text, String problem) {
        if (!CANONICAL_UUID.matcher(text).matches()) {
            throw new InvalidInputException(field, problem);
        }
        return UUID.fromString(text.toLowerCase(Locale.ROOT));
    }

    /** Every value of a repeatable parameter, each one of {@code allowed}. */
    public static List<String> allOf(APIGatewayProxyRequestEvent request, String name, List<String> allowed) {
        List<String> values = new ArrayList<>();
        for (String raw : raw(request, name)) {
            for (String value : raw.split(",", -1)) {
                String trimmed = value.strip();
                if (!allowed.contains(trimmed)) {
                    throw new InvalidInputException(name, "must be one or more of " + String.join(", ", allowed));
                }
                if (!values.contains(trimmed)) {
                    values.add(trimmed);
                }
            }
        }
        if (values.size() > MAX_VALUES) {
            throw new InvalidInputException(name, "has too many values");
        }
        return values;
    }

    /** A single-valued parameter (the last one when repeated); empty when absent. */
    public static Optional<String> one(APIGatewayProxyRequestEvent request, String name) {
        List<String> values = raw(request, name);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.getLast());
    }

    public static String oneOf(APIGatewayProxyRequestEvent request, String name, List<String> allowed, String fallback) {
        String value = one(request, name).orElse(fallback);
        if (!allowed.contains(value)) {
            throw new InvalidInputException(name, "must be one of " + String.join(", ", allowed));
        }
        return value;
    }

    public static int integer(APIGatewayProxyRequestEvent request, String name, int min, int max, int fallback) {
        Optional<String> text = one(request, name);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.get().strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException(name, "must be an integer from " + min + " to " + max);
    }

    private static List<String> raw(APIGatewayProxyRequestEvent request, String name) {
        var multi = request.getMultiValueQueryStringParameters();
        if (multi != null && multi.get(name) != null) {
            return multi.get(name);
        }
        var single = request.getQueryStringParameters();
        return single != null && single.get(name) != null ? List.of(single.get(name)) : List.of();
    }
}
