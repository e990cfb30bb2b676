package fi.kvverkosto.network;

import fi.kvverkosto.shared.InvalidParameterException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which part of the network to show: actors with an active service for a stage, a need and in a municipality (each
 * optional), joined by relations of some types. The same query parameters on the pages and the API.
 *
 * @param stage local code of a {@code kv-stage} term, or null
 * @param need local code of a {@code kv-need} term, or null
 * @param municipality Statistics Finland municipality code, or null
 * @param types the relation types to show, never empty
 * @param services whether the matching active services of the actors shown are nodes too, joined to their providers
 */
record NetworkQuery(String stage, String need, String municipality, Set<RelationType> types, boolean services) {

    static final String STAGE = "stage";
    static final String NEED = "need";
    static final String MUNICIPALITY = "municipality";
    static final String TYPE = "type";
    static final String SERVICES = "services";

    NetworkQuery {
        types = types == null || types.isEmpty()
                ? EnumSet.copyOf(RelationType.shownByDefault())
                : EnumSet.copyOf(types);
    }

    static NetworkQuery all() {
        return new NetworkQuery(null, null, null, null, false);
    }

    boolean filtersActors() {
        return stage != null || need != null || municipality != null;
    }

    /** Checks the values against the vocabularies; an unknown one is an {@link InvalidParameterException} naming it. */
    static NetworkQuery parse(
            String stage, String need, String municipality, List<String> types, NetworkCatalog.Snapshot catalog) {
        return parse(stage, need, municipality, types, null, catalog);
    }

    /** @param services {@code true} to show services as nodes; empty or {@code false} not to */
    static NetworkQuery parse(
            String stage,
            String need,
            String municipality,
            List<String> types,
            String services,
            NetworkCatalog.Snapshot catalog) {
        String s = blankToNull(stage);
        if (s != null && catalog.stages().stream().noneMatch(t -> t.code().equals(s))) {
            throw new InvalidParameterException(STAGE, "Unknown stage '" + s + "': use 1-5 or x");
        }
        String n = blankToNull(need);
        if (n != null && catalog.needs().stream().noneMatch(t -> t.code().equals(n))) {
            throw new InvalidParameterException(NEED, "Unknown need '" + n + "'");
        }
        String m = blankToNull(municipality);
        if (m != null
                && catalog.municipalities().stream().noneMatch(x -> x.code().equals(m))) {
            throw new InvalidParameterException(
                    MUNICIPALITY, "Unknown municipality '" + m + "': use a Statistics Finland code, e.g. 182");
        }
        List<RelationType> chosen = new ArrayList<>();
        if (types != null) {
            for (String value : types) {
                if (value == null || value.isBlank()) {
                    continue;
                }
                chosen.add(RelationType.fromCode(value)
                        .filter(t -> t != RelationType.PROVIDES)
                        .orElseThrow(
                                () -> new InvalidParameterException(TYPE, "Unknown relation type '" + value + "'")));
            }
        }
        String withServices = blankToNull(services);
        if (withServices != null && !withServices.equals("true") && !withServices.equals("false")) {
            throw new InvalidParameterException(SERVICES, "Unknown value '" + withServices + "': use true or false");
        }
        return new NetworkQuery(s, n, m, chosen.isEmpty() ? null : EnumSet.copyOf(chosen), "true".equals(withServices));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
