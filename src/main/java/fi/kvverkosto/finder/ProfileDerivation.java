package fi.kvverkosto.finder;

import fi.kvverkosto.directory.TermRecord;
import fi.kvverkosto.directory.TextAnalysis;
import fi.kvverkosto.shared.InvalidParameterException;
import fi.kvverkosto.shared.Language;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks what a company told the finder against the vocabulary and derives its {@link Profile}: the stage from its
 * place on the international path when it did not choose one, and needs from its own words (a word of a need's name
 * in any language: "rahoitusta" points to funding).
 */
final class ProfileDerivation {

    private final TextAnalysis analysis;

    ProfileDerivation(TextAnalysis analysis) {
        this.analysis = analysis;
    }

    /**
     * The profile of a query.
     *
     * @throws InvalidParameterException naming the first parameter whose value is not in the vocabulary
     */
    Profile derive(FinderQuery query, Vocabulary vocabulary) {
        var municipality = query.municipality() == null
                ? null
                : vocabulary.municipalities().get(query.municipality());
        if (query.municipality() != null && municipality == null) {
            throw new InvalidParameterException(
                    "municipality",
                    "Unknown municipality code '" + query.municipality()
                            + "': use a Statistics Finland code of the region, e.g. "
                            + String.join(
                                    ", ", first(vocabulary.municipalities().keySet(), 3)));
        }
        TermRecord industry = query.industry() == null
                ? null
                : checked("industry", query.industry().toUpperCase(Locale.ROOT), Vocabulary.INDUSTRY, vocabulary);
        TermRecord size = query.size() == null
                ? null
                : checked("size", query.size().toLowerCase(Locale.ROOT), Vocabulary.SIZE, vocabulary);
        List<String> markets = new ArrayList<>();
        for (String market : query.markets()) {
            String code = market.startsWith("region-") ? market : market.toUpperCase(Locale.ROOT);
            if (!vocabulary.isMarket(code)) {
                throw new InvalidParameterException(
                        "markets",
                        "Unknown market '" + market + "': use ISO 3166-1 alpha-2 country codes (DE, SE) or market"
                                + " regions (region-eu)");
            }
            markets.add(code);
        }
        List<String> needs = new ArrayList<>();
        for (String need : query.needs()) {
            needs.add(checked("needs", need.toLowerCase(Locale.ROOT), Vocabulary.NEED, vocabulary)
                    .localCode());
        }
        InternationalPath path = null;
        if (query.path() != null) {
            path = InternationalPath.fromCode(query.path())
                    .orElseThrow(() -> new InvalidParameterException(
                            "path",
                            "Unknown path '" + query.path() + "': use none, occasional, regular or established"));
        }
        String stage = null;
        var source = Profile.StageSource.NONE;
        if (query.stage() != null) {
            stage = checked("stage", query.stage().toLowerCase(Locale.ROOT), Vocabulary.STAGE, vocabulary)
                    .localCode();
            source = Profile.StageSource.GIVEN;
        } else if (path != null) {
            stage = path.stage();
            source = Profile.StageSource.PATH;
        }
        return new Profile(
                query.text(),
                municipality,
                industry,
                size,
                List.copyOf(markets),
                stage,
                source,
                path,
                List.copyOf(needs),
                derivedNeeds(query.text(), needs, vocabulary));
    }

    private static TermRecord checked(String parameter, String code, String taxonomy, Vocabulary vocabulary) {
        return vocabulary
                .term(taxonomy, code)
                .orElseThrow(() -> new InvalidParameterException(
                        parameter,
                        "Unknown " + parameter + " '" + code + "': use one of "
                                + String.join(
                                        ", ", vocabulary.taxonomy(taxonomy).keySet())));
    }

    /**
     * Needs whose name, in any language, shares a whole word with the text (not merely a compound's part: "vientiä"
     * does not point to "vientiasiakirjat"); needs already chosen are not repeated.
     */
    private List<Profile.DerivedNeed> derivedNeeds(String text, List<String> chosen, Vocabulary vocabulary) {
        if (text == null) {
            return List.of();
        }
        List<Profile.DerivedNeed> derived = new ArrayList<>();
        Set<String> seen = new HashSet<>(chosen);
        for (Map.Entry<String, TermRecord> need :
                vocabulary.taxonomy(Vocabulary.NEED).entrySet()) {
            if (seen.contains(need.getKey())) {
                continue;
            }
            String word = wordNaming(text, need.getValue());
            if (word != null) {
                derived.add(new Profile.DerivedNeed(need.getKey(), word));
                seen.add(need.getKey());
            }
        }
        return List.copyOf(derived);
    }

    /** The first word of the text that is a whole word of the term's name in some language, or null. */
    String wordNaming(String text, TermRecord term) {
        for (Language language : Language.values()) {
            Set<String> nameWords = new HashSet<>();
            for (String nameWord :
                    words(term.label().get(language) == null ? "" : term.label().get(language))) {
                List<String> terms = analysis.terms(language, nameWord);
                if (!terms.isEmpty()) {
                    nameWords.add(terms.get(0));
                }
            }
            if (nameWords.isEmpty()) {
                continue;
            }
            Set<String> textTerms = new HashSet<>();
            for (String word : words(text)) {
                List<String> terms = analysis.terms(language, word);
                if (!terms.isEmpty() && nameWords.contains(terms.get(0))) {
                    return word;
                }
                terms.forEach(t -> textTerms.add(prefix(t)));
            }
            // A compound name said in its parts: "tietoa markkinoista" names "markkinatieto".
            for (String nameWord :
                    words(term.label().get(language) == null ? "" : term.label().get(language))) {
                List<String> parts = analysis.terms(language, nameWord);
                if (parts.size() > 2
                        && parts.subList(1, parts.size()).stream().allMatch(part -> textTerms.contains(prefix(part)))) {
                    return nameWord;
                }
            }
        }
        return null;
    }

    /** A term's first five letters: inflected forms of one stem mostly share them. */
    private static String prefix(String term) {
        return term.length() <= 5 ? term : term.substring(0, 5);
    }

    /** The words of a text as written, for showing which of them matched. */
    static List<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : text.split("[^\\p{L}\\p{N}&]+")) {
            String trimmed = word.replaceAll("^&+|&+$", "");
            if (trimmed.length() > 1) {
                words.add(trimmed);
            }
        }
        return List.copyOf(words);
    }

    private static List<String> first(Set<String> values, int count) {
        return values.stream().limit(count).toList();
    }
}
