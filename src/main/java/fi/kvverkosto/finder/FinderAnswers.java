package fi.kvverkosto.finder;

import java.util.ArrayList;
import java.util.List;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The needs assessment's answers as the pages carry them: in the address, with the same parameter names as the API
 * ({@code q}, {@code municipality}, {@code industry}, {@code size}, {@code markets}, {@code stage}, {@code path},
 * {@code needs}), so that every step and every result has an address to share and nothing is kept on the server.
 * Values are as given; {@link Finder#profile} checks them.
 */
record FinderAnswers(
        String q,
        String municipality,
        String industry,
        String size,
        List<String> markets,
        String stage,
        String path,
        List<String> needs) {

    static final String TEXT = "q";
    static final String MUNICIPALITY = "municipality";
    static final String INDUSTRY = "industry";
    static final String SIZE = "size";
    static final String MARKETS = "markets";
    static final String STAGE = "stage";
    static final String PATH = "path";
    static final String NEEDS = "needs";

    /** A request parameter, for hidden fields and links. */
    record Parameter(String name, String value) {}

    FinderAnswers {
        q = FinderQuery.blankToNull(q);
        municipality = FinderQuery.blankToNull(municipality);
        industry = FinderQuery.blankToNull(industry);
        size = FinderQuery.blankToNull(size);
        stage = FinderQuery.blankToNull(stage);
        path = FinderQuery.blankToNull(path);
        markets = FinderQuery.clean(markets);
        needs = FinderQuery.clean(needs);
    }

    static FinderAnswers of(MultiValueMap<String, String> parameters) {
        return new FinderAnswers(
                parameters.getFirst(TEXT),
                parameters.getFirst(MUNICIPALITY),
                parameters.getFirst(INDUSTRY),
                parameters.getFirst(SIZE),
                parameters.get(MARKETS),
                parameters.getFirst(STAGE),
                parameters.getFirst(PATH),
                parameters.get(NEEDS));
    }

    FinderQuery query() {
        return new FinderQuery(q, municipality, industry, size, markets, stage, path, needs);
    }

    boolean isEmpty() {
        return query().isEmpty();
    }

    /** The same answers without the one a parameter holds: what skipping a question leaves. */
    FinderAnswers without(String parameter) {
        return new FinderAnswers(
                TEXT.equals(parameter) ? null : q,
                MUNICIPALITY.equals(parameter) ? null : municipality,
                INDUSTRY.equals(parameter) ? null : industry,
                SIZE.equals(parameter) ? null : size,
                MARKETS.equals(parameter) ? List.of() : markets,
                STAGE.equals(parameter) ? null : stage,
                PATH.equals(parameter) ? null : path,
                NEEDS.equals(parameter) ? List.of() : needs);
    }

    /** Every answer as request parameters, in a fixed order; lists as one parameter per value. */
    List<Parameter> parameters() {
        List<Parameter> parameters = new ArrayList<>();
        add(parameters, MUNICIPALITY, municipality);
        add(parameters, INDUSTRY, industry);
        add(parameters, SIZE, size);
        add(parameters, PATH, path);
        add(parameters, STAGE, stage);
        markets.forEach(m -> add(parameters, MARKETS, m));
        needs.forEach(n -> add(parameters, NEEDS, n));
        add(parameters, TEXT, q);
        return List.copyOf(parameters);
    }

    /** The answers but one parameter's, as hidden fields of that parameter's question. */
    List<Parameter> hiddenExcept(String parameter) {
        return parameters().stream().filter(p -> !p.name().equals(parameter)).toList();
    }

    /** A site-relative address with these answers, and further parameters as name-value pairs. */
    String href(String path, String... more) {
        // Values go in as URI variables, which are encoded strictly: a "+" or "&" in the words stays itself.
        var builder = UriComponentsBuilder.fromPath(path);
        List<String> values = new ArrayList<>();
        for (Parameter parameter : parameters()) {
            builder.queryParam(parameter.name(), "{v" + values.size() + "}");
            values.add(parameter.value());
        }
        for (int i = 0; i + 1 < more.length; i += 2) {
            builder.queryParam(more[i], "{v" + values.size() + "}");
            values.add(more[i + 1]);
        }
        return builder.encode().buildAndExpand(values.toArray()).toUriString();
    }

    private static void add(List<Parameter> parameters, String name, String value) {
        if (value != null) {
            parameters.add(new Parameter(name, value));
        }
    }
}
