package fi.kvverkosto.network;

import fi.kvverkosto.shared.Language;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.ArrayList;
import java.util.List;

/**
 * The filters every export of the network takes, bound from the query string (the map page's parameters): which actors
 * and relations to show, and the language of the labels.
 *
 * @param type relation types, each value one code or several separated by commas
 */
record NetworkFilter(
        @Parameter(description = "Stage of the service path: 1-5 or x")
        String stage,

        @Parameter(description = "Need code, e.g. funding") String need,

        @Parameter(description = "Statistics Finland municipality code, e.g. 182 (Jämsä)")
        String municipality,

        @Parameter(
                description =
                        "Relation types, comma-separated: refers-to, partners-with, funds, part-of,"
                                + " co-delivers, member-of, hierarchy, shared-offer, shared-programme. Default: all but shared-offer")
        List<String> type,

        @Parameter(description = "Language of labels: fi, sv or en")
        String lang,

        @Parameter(
                description = "true: the actors' active services (those that fit the stage, need and municipality) are"
                        + " nodes too, of type 'service', each joined to its provider by a 'provides' edge")
        String services) {

    /** The query these filters ask for; an unknown value is an InvalidParameterException naming its parameter. */
    NetworkQuery query(NetworkCatalog.Snapshot catalog) {
        return NetworkQuery.parse(stage, need, municipality, types(), services, catalog);
    }

    /** {@code type=a,b} and {@code type=a&type=b} alike (binding, unlike a request parameter, does not split commas). */
    List<String> types() {
        if (type == null) {
            return null;
        }
        List<String> codes = new ArrayList<>();
        for (String value : type) {
            if (value != null) {
                codes.addAll(List.of(value.split(",", -1)));
            }
        }
        return codes;
    }

    Language language() {
        return NetworkApi.language(lang);
    }
}
