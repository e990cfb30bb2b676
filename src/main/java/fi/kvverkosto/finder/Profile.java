package fi.kvverkosto.finder;

import fi.kvverkosto.directory.AreaRecord;
import fi.kvverkosto.directory.TermRecord;
import java.util.List;
import java.util.Set;

/**
 * A company's situation as the finder understands it: the checked answers and what was derived from them.
 *
 * @param text the company's own words, or null
 * @param municipality where the company is, or null
 * @param industry its TOL 2008 section, or null
 * @param size its size class, or null
 * @param markets its target markets (codes), possibly none
 * @param stage the stage of the service path it is at ({@code 1}–{@code 5}, {@code x}), or null when unknown
 * @param stageSource how the stage was found
 * @param path where it said it is on its international path, or null
 * @param needs the needs it chose
 * @param derivedNeeds needs its words point to, with the word that points to each
 * @param namedMarkets the markets its words name ("Saksan markkinoille": Germany), with the word that names each,
 *     whether it chose them or not
 * @param namedMunicipality a municipality of the region its words name ("Laukaaseen"), with the word, or null
 * @param pathWords the words that told where it is on its international path ("ensimmäistä kertaa vientiä") when
 *     the stage came from them, or null
 */
record Profile(
        String text,
        AreaRecord municipality,
        TermRecord industry,
        TermRecord size,
        List<String> markets,
        String stage,
        StageSource stageSource,
        InternationalPath path,
        List<String> needs,
        List<DerivedNeed> derivedNeeds,
        List<NamedMarket> namedMarkets,
        NamedPlace namedMunicipality,
        String pathWords) {

    enum StageSource {
        /** Not known. */
        NONE,
        /** Chosen by the company. */
        GIVEN,
        /** From where the company said it is on its international path. */
        PATH,
        /** From the stages of the services that fit it best. */
        RESULTS,
        /** From its words that tell where it is on its international path ("emme vielä vie"). */
        WORDS
    }

    /** A need derived from the company's words. */
    record DerivedNeed(String need, String word) {}

    /** A market the company's words name. */
    record NamedMarket(String market, String word) {}

    /** A municipality the company's words name. */
    record NamedPlace(AreaRecord municipality, String word) {}

    /**
     * Where the company is, for ranking: the municipality it gave, else the one its words name (a preference for the
     * services there, not a condition), else null.
     */
    AreaRecord place() {
        if (municipality != null) {
            return municipality;
        }
        return namedMunicipality == null ? null : namedMunicipality.municipality();
    }

    /** The markets its words name that it did not choose: a preference, not a condition. */
    List<NamedMarket> derivedMarkets() {
        return namedMarkets.stream().filter(m -> !markets.contains(m.market())).toList();
    }

    boolean hasText() {
        return text != null;
    }

    /** The needs chosen and derived, chosen first. */
    Set<String> allNeeds() {
        var all = new java.util.LinkedHashSet<>(needs);
        derivedNeeds.forEach(d -> all.add(d.need()));
        return all;
    }

    Profile withStage(String stage, StageSource source) {
        return new Profile(
                text,
                municipality,
                industry,
                size,
                markets,
                stage,
                source,
                path,
                needs,
                derivedNeeds,
                namedMarkets,
                namedMunicipality,
                source == StageSource.WORDS ? pathWords : null);
    }

    Profile withoutText() {
        return new Profile(
                null,
                municipality,
                industry,
                size,
                markets,
                stage,
                stageSource,
                path,
                needs,
                List.of(),
                List.of(),
                namedMunicipality,
                pathWords);
    }
}
