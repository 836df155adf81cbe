package dev.debtos.api.route;

import dev.debtos.api.contract.Operation;
import dev.debtos.api.contract.Schema;
import dev.debtos.api.contract.Tag;
import java.util.Arrays;

/** Routes for tests of the route table and the document, declared in one line each. */
public final class TestRoutes {
    private TestRoutes() {
    }

    /** A route whose first status is its success (204 answers no body, others an object) and the rest problems. */
    public static Route route(String method, String path, String function, Access access, Integer... statuses) {
        Operation operation = Operation.of(new Tag("Test", "routes of a test"), function);
        if (statuses.length > 0) {
            operation = statuses[0] == 204 ? operation.noContent() : operation.ok(Schema.object());
            operation = operation.problems(Arrays.copyOfRange(statuses, 1, statuses.length));
        }
        return new Route(method, path, function, access, operation);
    }
}
