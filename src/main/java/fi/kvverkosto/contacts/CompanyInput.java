package fi.kvverkosto.contacts;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A company as staff (JSON, forms, imports) give it, as typed: everything is text until {@link ContactValidation} has
 * checked it, so that wrong answers come back as messages naming the field rather than as a parse error.
 *
 * @param municipality Statistics Finland municipality code, e.g. {@code 179} (Jyväskylä)
 * @param industry TOL 2008 code of the directory's industry taxonomy, e.g. {@code C}
 * @param size {@code micro}, {@code small}, {@code medium} or {@code large}
 * @param languages ISO 639-1 codes
 * @param visibility field ({@link CompanyField}, e.g. {@code website}) to {@code PUBLIC}, {@code MEMBERS} or {@code STAFF}
 */
public record CompanyInput(
        String businessId,
        String name,
        String municipality,
        String industry,
        String size,
        String website,
        List<String> languages,
        String description,
        Map<String, String> visibility,
        List<ExperienceInput> experiences,
        List<ListingInput> listings) {

    public CompanyInput {
        businessId = BusinessId.normalise(businessId);
        name = clean(name);
        municipality = clean(municipality);
        industry = clean(industry);
        size = clean(size);
        website = clean(website);
        description = clean(description);
        languages = languages(languages);
        visibility = visibility == null ? Map.of() : Map.copyOf(visibility);
        experiences = experiences == null ? List.of() : List.copyOf(experiences);
        listings = listings == null ? List.of() : List.copyOf(listings);
    }

    /** A market, a mode ({@link Mode#code()}), since which year, in which industry, in a few words. */
    public record ExperienceInput(String market, String mode, Integer since, String industry, String summary) {
        public ExperienceInput {
            market = clean(market);
            mode = clean(mode);
            industry = clean(industry);
            summary = clean(summary);
        }
    }

    /**
     * An offer or seek.
     *
     * @param kind {@code offer} or {@code seek}
     * @param expires ISO date (yyyy-mm-dd), the last day it is shown
     */
    public record ListingInput(String kind, String summary, String market, String industry, String expires) {
        public ListingInput {
            kind = clean(kind);
            summary = clean(summary);
            market = clean(market);
            industry = clean(industry);
            expires = clean(expires);
        }

        LocalDate expiresOn() {
            return LocalDate.parse(expires);
        }
    }

    SizeClass sizeClass() {
        return size == null ? null : SizeClass.fromCode(size).orElseThrow();
    }

    /** The chosen visibility, once validated. */
    Map<CompanyField, Visibility> fieldVisibility() {
        var map = new EnumMap<CompanyField, Visibility>(CompanyField.class);
        visibility.forEach((field, level) -> map.put(
                CompanyField.valueOf(field.toUpperCase(Locale.ROOT)),
                Visibility.valueOf(level.toUpperCase(Locale.ROOT))));
        return map;
    }

    /**
     * The languages given, each cleaned and in lower case, the blank ones left out; unmodifiable. A loop, not a
     * stream: the CSV import makes an input a row.
     */
    static List<String> languages(List<String> languages) {
        if (languages == null || languages.isEmpty()) {
            return List.of();
        }
        var cleaned = new java.util.ArrayList<String>(languages.size());
        for (String language : languages) {
            String l = clean(language);
            if (l != null) {
                cleaned.add(l.toLowerCase(Locale.ROOT));
            }
        }
        return java.util.Collections.unmodifiableList(cleaned);
    }

    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
