package fi.kvverkosto.finder;

import java.util.Optional;

/**
 * The questions of the needs assessment, one a page, in order. Each has its own Finnish address under
 * {@code /palveluopas}, the parameter its answer goes in, and a key for its texts ({@code finder.step.<key>.*}).
 */
enum FinderStep {
    MUNICIPALITY("kunta", FinderAnswers.MUNICIPALITY, "municipality"),
    INDUSTRY("toimiala", FinderAnswers.INDUSTRY, "industry"),
    SIZE("koko", FinderAnswers.SIZE, "size"),
    PATH("kansainvalistyminen", FinderAnswers.PATH, "path"),
    MARKETS("markkinat", FinderAnswers.MARKETS, "markets"),
    NEEDS("tarpeet", FinderAnswers.NEEDS, "needs"),
    TEXT("kuvaus", FinderAnswers.TEXT, "text");

    static final String BASE = "/palveluopas";
    static final String SUMMARY = BASE + "/yhteenveto";

    private final String slug;
    private final String parameter;
    private final String key;

    FinderStep(String slug, String parameter, String key) {
        this.slug = slug;
        this.parameter = parameter;
        this.key = key;
    }

    String address() {
        return BASE + "/" + slug;
    }

    String slug() {
        return slug;
    }

    String parameter() {
        return parameter;
    }

    String key() {
        return key;
    }

    /** 1 for the first question. */
    int number() {
        return ordinal() + 1;
    }

    static int count() {
        return values().length;
    }

    /** The question after this one, or empty for the last. */
    Optional<FinderStep> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    /** The question before this one, or empty for the first. */
    Optional<FinderStep> previous() {
        return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
    }

    static Optional<FinderStep> fromSlug(String slug) {
        for (FinderStep step : values()) {
            if (step.slug.equals(slug)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }
}
