package fi.kvverkosto.finder;

import fi.kvverkosto.directory.AreaRecord;
import fi.kvverkosto.directory.AreaType;
import fi.kvverkosto.directory.TermRecord;
import fi.kvverkosto.shared.Language;
import fi.kvverkosto.shared.LocalizedText;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The codes a profile may use and their labels: municipalities, industries, sizes, markets, stages and needs, as the
 * directory's taxonomies and areas define them.
 *
 * @param terms every term by taxonomy key, then by local code, in reference order
 * @param municipalities the municipalities by Statistics Finland code
 * @param marketParents each market's local code with the local code of the region it lies in (null for a region)
 * @param marketNames each market's names, lower case and cut into words, with their language: its label in every
 *     language and, for a country, the country's name in Finnish, Swedish and English
 */
record Vocabulary(
        Map<String, Map<String, TermRecord>> terms,
        Map<String, AreaRecord> municipalities,
        Map<String, String> marketParents,
        Map<String, List<MarketName>> marketNames) {

    /** A market's name in one language, lower case and cut into words. */
    record MarketName(Language language, List<String> words) {}

    static final String STAGE = "kv-stage";
    static final String NEED = "kv-need";
    static final String INDUSTRY = "industry";
    static final String SIZE = "company-size";
    static final String MARKET = "market";

    /** The member states of the EU (ISO 3166-1 alpha-2), so that an EU-wide service counts for each of them. */
    static final Set<String> EU = Set.of(
            "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU",
            "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    static Vocabulary of(List<TermRecord> allTerms, List<AreaRecord> areas) {
        Map<String, Map<String, TermRecord>> terms = new LinkedHashMap<>();
        Map<java.util.UUID, TermRecord> byId = new LinkedHashMap<>();
        for (TermRecord term : allTerms) {
            terms.computeIfAbsent(term.taxonomyKey(), key -> new LinkedHashMap<>())
                    .put(term.localCode(), term);
            byId.put(term.id(), term);
        }
        Map<String, String> marketParents = new LinkedHashMap<>();
        terms.getOrDefault(MARKET, Map.of()).forEach((code, term) -> {
            TermRecord parent = term.parentId() == null ? null : byId.get(term.parentId());
            marketParents.put(code, parent == null ? null : parent.localCode());
        });
        Map<String, AreaRecord> municipalities = new LinkedHashMap<>();
        areas.stream()
                .filter(area -> area.type() == AreaType.MUNICIPALITY)
                .forEach(area -> municipalities.put(area.code(), area));
        Map<String, List<MarketName>> marketNames = new LinkedHashMap<>();
        terms.getOrDefault(MARKET, Map.of()).forEach((code, term) -> {
            Set<MarketName> names = new LinkedHashSet<>();
            for (Language language : Language.values()) {
                String label = term.label().get(language);
                if (label != null) {
                    names.add(new MarketName(language, nameWords(label)));
                }
                if (COUNTRIES.contains(code)) {
                    names.add(new MarketName(
                            language, nameWords(Locale.of("", code).getDisplayCountry(language.locale()))));
                }
            }
            names.removeIf(name -> name.words().isEmpty());
            marketNames.put(code, List.copyOf(names));
        });
        return new Vocabulary(terms, municipalities, marketParents, marketNames);
    }

    /** A name's words in lower case, without the short ones ("of", "the") that would name nothing alone. */
    private static List<String> nameWords(String name) {
        List<String> words = ProfileDerivation.words(name).stream()
                .map(word -> word.toLowerCase(Locale.ROOT))
                .toList();
        List<String> longer = words.stream().filter(word -> word.length() > 3).toList();
        return longer.isEmpty() ? words : longer;
    }

    Map<String, TermRecord> taxonomy(String key) {
        return terms.getOrDefault(key, Map.of());
    }

    Optional<TermRecord> term(String taxonomyKey, String localCode) {
        return Optional.ofNullable(taxonomy(taxonomyKey).get(localCode));
    }

    LocalizedText label(String taxonomyKey, String localCode) {
        return term(taxonomyKey, localCode).map(TermRecord::label).orElse(LocalizedText.finnish(localCode));
    }

    /** A market the finder accepts: a market term of the directory, or any country (ISO 3166-1 alpha-2). */
    boolean isMarket(String code) {
        return marketParents.containsKey(code) || COUNTRIES.contains(code);
    }

    /**
     * Whether a service for the markets {@code serviceMarkets} serves a company going to {@code market}: the same
     * market, a region it lies in (the EU for its member states), or, for a region, a country in it.
     */
    boolean serves(Set<String> serviceMarkets, String market) {
        for (String at = market; at != null; at = marketParents.get(at)) {
            if (serviceMarkets.contains(at)) {
                return true;
            }
        }
        if (EU.contains(market) && serviceMarkets.contains("region-eu")) {
            return true;
        }
        for (String serviceMarket : serviceMarkets) {
            for (String at = marketParents.get(serviceMarket); at != null; at = marketParents.get(at)) {
                if (at.equals(market)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The regions and countries of the market taxonomy, for choosing. */
    Set<String> marketCodes() {
        return new TreeSet<>(marketParents.keySet());
    }
}
