package dev.debtos.api.debt;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.contract.Parameter;
import dev.debtos.api.contract.Schema;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.InvalidInputException;
import dev.debtos.api.http.OwnedLookup;
import dev.debtos.api.http.PageRequest;
import dev.debtos.api.http.RequestParameters;
import dev.debtos.api.security.CallerHandler;
import dev.debtos.platform.auth.Caller;
import dev.debtos.platform.ledger.DebtItem;
import dev.debtos.platform.ledger.DebtListCache;
import dev.debtos.platform.ledger.DebtListQuery;
import dev.debtos.platform.ledger.DebtQueries;
import dev.debtos.platform.ledger.DebtVocabulary;
import dev.debtos.platform.ledger.LedgerCache;
import dev.debtos.platform.ledger.OwnedRepositories;
import dev.debtos.platform.ledger.PathGlob;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /api/repos/{id}/debt}: the ledger of one of the caller's repositories. Filters {@code type},
 * {@code severity}, {@code status} (repeatable), {@code path} (glob, see {@link PathGlob}), {@code q} (text in title,
 * message or path); {@code sort} priority (default) | severity | effort | age with {@code order} desc (default) |
 * asc; {@code limit} 1..200 (50), {@code offset} 0..1,000,000. Answers the page, {@code total} and the next offset.
 *
 * <p>Cached per ledger version ({@link DebtListCache}): a first page whole, a later page's total. {@code X-Cache:
 * hit|miss} says whether the cache answered that part (a first page rendered now says miss even when its total was
 * cached).
 */
public final class GetRepositoryDebtHandler implements CallerHandler {
    static final int MAX_OFFSET = 1_000_000;
    static final List<Parameter> QUERY = List.of(
            Parameter.query("type", Schema.arrayOf(Schema.oneOf(DebtVocabulary.TYPES)), "Only these types"),
            Parameter.query("severity", Schema.arrayOf(Schema.oneOf(DebtVocabulary.SEVERITIES)), "Only these severities"),
            Parameter.query("status", Schema.arrayOf(Schema.oneOf(DebtVocabulary.STATUSES)), "Only these statuses"),
            Parameter.query("path", Schema.string(1, PathGlob.MAX_LENGTH), "A path glob: `**/` any directories, `*` within "
                    + "one segment, `?` one character; without `/` it matches the file name at any depth"),
            Parameter.query("q", Schema.string(0, 200), "Text in the title, message or path"),
            Parameter.query("sort", Schema.oneOf(List.of("priority", "severity", "effort", "age")).withDefault("priority"), "Sort key"),
            Parameter.query("order", Schema.oneOf(List.of("desc", "asc")).withDefault("desc"), "Sort order"),
            Parameter.query("limit", Schema.integer(1, 200).withDefault(50), "Page size"),
            Parameter.query("offset", Schema.integer(0, MAX_OFFSET).withDefault(0), "Items to skip"));
    static final Schema SCHEMA = PageRequest.pageOf(DebtJson.ITEM)
            .required("nextOffset", Schema.integer().nullable().describe("The next page's offset; null on the last page"))
            .named("DebtItemPage");
    private final OwnedRepositories repositories;
    private final DebtQueries queries;
    private final DebtListCache cache;

    public GetRepositoryDebtHandler(OwnedRepositories repositories, DebtQueries queries, DebtListCache cache) {
        this.repositories = repositories;
        this.queries = queries;
        this.cache = cache;
    }

    @Override
    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Caller caller) throws SQLException {
        DebtListQuery query = query(request);
        OwnedRepositories.OwnedRepository repository = OwnedLookup.find(request, "id", caller, "repository", repositories::find);
        boolean hit;
        String json;
        if (query.offset() == 0) {
            LedgerCache.Read read = cache.firstPage(repository, query, () -> render(repository, query).json());
            hit = read.hit();
            json = read.json();
        } else {
            Rendered rendered = render(repository, query);
            hit = rendered.totalHit();
            json = rendered.json();
        }
        var response = ApiResponses.rawJson(200, json);
        response.getHeaders().put("X-Cache", hit ? "hit" : "miss");
        return response;
    }

    private record Rendered(String json, boolean totalHit) {
    }

    private Rendered render(OwnedRepositories.OwnedRepository repository, DebtListQuery query) throws SQLException {
        List<DebtItem> items = queries.page(repository.id(), query);
        DebtListCache.Total total = cache.total(repository, query);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("items", items.stream().map(item -> DebtJson.item(item, false)).toList());
        json.put("total", total.value());
        json.put("limit", query.limit());
        json.put("offset", query.offset());
        long next = (long) query.offset() + items.size();
        json.put("nextOffset", next < total.value() && !items.isEmpty() ? next : null);
        return new Rendered(ApiResponses.write(json), total.hit());
    }

    static DebtListQuery query(APIGatewayProxyRequestEvent request) {
        Optional<PathGlob> path = RequestParameters.one(request, "path").map(glob -> {
            try {
                return PathGlob.parse(glob);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("path", "must be a glob of 1 to " + PathGlob.MAX_LENGTH + " printable characters");
            }
        });
        Optional<String> text = RequestParameters.one(request, "q").map(String::strip).filter(q -> !q.isEmpty());
        if (text.isPresent() && text.get().length() > 200) {
            throw new InvalidInputException("q", "must be at most 200 characters");
        }
        String sort = RequestParameters.oneOf(request, "sort", List.of("priority", "severity", "effort", "age"), "priority");
        String order = RequestParameters.oneOf(request, "order", List.of("desc", "asc"), "desc");
        return new DebtListQuery(
                RequestParameters.allOf(request, "type", DebtVocabulary.TYPES),
                RequestParameters.allOf(request, "severity", DebtVocabulary.SEVERITIES),
                RequestParameters.allOf(request, "status", DebtVocabulary.STATUSES),
                path, text, DebtListQuery.Sort.valueOf(sort.toUpperCase(Locale.ROOT)), order.equals("desc"),
                RequestParameters.integer(request, "limit", 1, 200, 50),
                RequestParameters.integer(request, "offset", 0, MAX_OFFSET, 0));
    }
}
