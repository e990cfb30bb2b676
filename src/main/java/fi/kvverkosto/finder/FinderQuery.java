package fi.kvverkosto.finder;

import java.util.List;

/**
 * What a company told the finder, as given: every field optional. {@link ProfileDerivation} checks it against the
 * vocabulary and derives the {@link Profile}.
 *
 * @param text the company's own description of its need
 * @param municipality Statistics Finland code
 * @param industry TOL 2008 section letter
 * @param size company-size code
 * @param markets target markets (ISO 3166-1 alpha-2 codes or market regions)
 * @param stage the stage of the service path, {@code 1}–{@code 5} or {@code x}
 * @param path where the company is on its international path; gives the stage when {@code stage} is not given
 * @param needs need codes
 */
record FinderQuery(
        String text,
        String municipality,
        String industry,
        String size,
        List<String> markets,
        String stage,
        String path,
        List<String> needs) {

    static final int MAX_TEXT_LENGTH = 500;

    FinderQuery {
        text = blankToNull(text);
        municipality = blankToNull(municipality);
        industry = blankToNull(industry);
        size = blankToNull(size);
        stage = blankToNull(stage);
        path = blankToNull(path);
        markets = clean(markets);
        needs = clean(needs);
    }

    static FinderQuery empty() {
        return new FinderQuery(null, null, null, null, List.of(), null, null, List.of());
    }

    boolean isEmpty() {
        return text == null
                && municipality == null
                && industry == null
                && size == null
                && markets.isEmpty()
                && stage == null
                && path == null
                && needs.isEmpty();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Values split at commas (a parameter may be repeated or comma-separated), without blanks and repeats. */
    static List<String> clean(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream()
                .filter(v -> v != null)
                .flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .distinct()
                .toList();
    }
}
