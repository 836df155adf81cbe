package dev.debtos.api.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a route reads and answers, for the OpenAPI document: its tag (the API area), summary and description, query
 * parameters, JSON request body, success answers with their bodies and headers, and the status codes of its problem
 * answers (rendered as RFC 9457 problems). Immutable: every method returns a new operation.
 *
 * @param body         the JSON request body's schema, null when the route reads none
 * @param bodyRequired false when an absent body means "all defaults"
 */
public record Operation(Tag tag, String summary, String description, List<Parameter> query, Schema body,
                        boolean bodyRequired, Map<Integer, Response> successes, List<Integer> problems) {

    public Operation {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(summary, "summary");
        query = List.copyOf(query);
        successes = Map.copyOf(successes);
        if (body != null && !problems.contains(415)) {
            // a route that reads JSON refuses another Content-Type (RouteGuard)
            problems = new ArrayList<>(problems);
            problems.add(415);
        }
        problems = List.copyOf(problems);
        for (int status : problems) {
            if (status < 400 || successes.containsKey(status)) {
                throw new IllegalArgumentException("problem statuses are 4xx or 5xx: " + problems);
            }
        }
    }

    /** An operation of the area {@code tag}, with a one-line summary; add its description, body and answers. */
    public static Operation of(Tag tag, String summary) {
        return new Operation(tag, summary, summary, List.of(), null, false, Map.of(), List.of());
    }

    public Operation describe(String text) {
        return new Operation(tag, summary, text, query, body, bodyRequired, successes, problems);
    }

    public Operation query(List<Parameter> parameters) {
        List<Parameter> all = new ArrayList<>(query);
        all.addAll(parameters);
        return new Operation(tag, summary, description, all, body, bodyRequired, successes, problems);
    }

    public Operation query(Parameter... parameters) {
        return query(List.of(parameters));
    }

    /** A JSON request body the route needs. */
    public Operation body(Schema schema) {
        return new Operation(tag, summary, description, query, schema, true, successes, problems);
    }

    /** A JSON request body the route may go without (every field then takes its default). */
    public Operation optionalBody(Schema schema) {
        return new Operation(tag, summary, description, query, schema, false, successes, problems);
    }

    public Operation answers(int status, Response response) {
        Map<Integer, Response> all = new TreeMap<>(successes);
        if (status >= 400 || all.put(status, response) != null) {
            throw new IllegalArgumentException("success status declared twice or not a success: " + status);
        }
        return new Operation(tag, summary, description, query, body, bodyRequired, all, problems);
    }

    /** 200 with a JSON body. */
    public Operation ok(Schema schema) {
        return answers(200, Response.json("OK", schema));
    }

    /** 201 with the new resource and its {@code Location}. */
    public Operation created(Schema schema) {
        return answers(201, Response.json("Created; Location is the new resource's path", schema).withHeader("Location"));
    }

    /** 204, no body. */
    public Operation noContent() {
        return answers(204, Response.empty("Done; no body"));
    }

    /** 302 to {@code Location}, no body, and the sign-in cookie set or cleared. */
    public Operation redirect(String where) {
        return answers(302, Response.empty(where).withHeader("Location").withHeader("Set-Cookie"));
    }

    /** The problem answers the route can give, besides any 500. */
    public Operation problems(Integer... statuses) {
        return new Operation(tag, summary, description, query, body, bodyRequired, successes, List.of(statuses));
    }

    /** Every status the route can answer, ascending. */
    public List<Integer> statuses() {
        List<Integer> all = new ArrayList<>(new TreeMap<>(successes).keySet());
        problems.stream().sorted().forEach(all::add);
        return List.copyOf(all);
    }

    /** The success answers by status, ascending. */
    public Map<Integer, Response> successesInOrder() {
        return new TreeMap<>(successes);
    }
}
