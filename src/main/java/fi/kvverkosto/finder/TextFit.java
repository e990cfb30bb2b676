package fi.kvverkosto.finder;

import fi.kvverkosto.directory.ServiceMatching.Match;
import fi.kvverkosto.directory.TextAnalysis;
import fi.kvverkosto.shared.Language;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How much of a company's words a service's texts hold, weighted by how telling each word is among the candidates
 * (a word every candidate has, such as "vienti", tells little; a rare one, such as "EORI", much). A compound found only
 * in part counts in part; a word found through the glossary or the synonyms in another language counts in full.
 *
 * <p>Services' analysed texts are kept (bounded) so that ranking does not analyse the same texts again and again.
 */
final class TextFit {

    /** Keep at most this many services' analysed texts; past it, start again. */
    private static final int CACHE_LIMIT = 50_000;

    /** Words that share their first letters count as the same word inflected, this much. */
    private static final double INFLECTED = 0.8;

    private static final int PREFIX = 5;

    /** A compound word whose parts are all found but not the word itself counts this much. */
    private static final double PARTS_ONLY = 0.8;

    /** Words are weighed by their rarity among the candidates, or among this many when there are fewer. */
    private static final int MIN_COMPARED = 60;

    /**
     * A word the service holds only as a part of a longer word counts this much: "tieto" (information) is not all of
     * "tariffitieto" (binding tariff information) or "tietopaketti".
     */
    private static final double IN_COMPOUND = 0.8;

    /** How much a word that no candidate holds counts, relative to its rarity. */
    private static final double UNFOUND = 0.5;

    private final TextAnalysis analysis;
    private final Map<UUID, ServiceTerms> cache = new ConcurrentHashMap<>();

    TextFit(TextAnalysis analysis) {
        this.analysis = analysis;
    }

    /**
     * A word of the company's text: its index terms in each language (the word itself first, then a compound's
     * parts), the terms of its equivalents, and whether it is more than a stop word.
     */
    record Word(
            String word,
            Map<Language, List<String>> terms,
            List<Map<Language, List<String>>> equivalents,
            boolean meaningful) {}

    /** The fit of one service: the words it holds and the weighted share of all meaningful words. */
    record Fit(List<String> matched, double coverage) {
        static final Fit NONE = new Fit(List.of(), 0);
    }

    /** A word of the company's text; {@code counts} false for a word already understood otherwise (as a need). */
    Word word(String word, List<String> equivalents, boolean counts) {
        Map<Language, List<String>> terms = new EnumMap<>(Language.class);
        boolean meaningful = true;
        for (Language language : Language.values()) {
            List<String> own = analysis.terms(language, word);
            meaningful &= !own.isEmpty();
            terms.put(language, own);
        }
        List<Map<Language, List<String>>> equivalentTerms = new ArrayList<>();
        for (String equivalent : equivalents) {
            Map<Language, List<String>> each = new EnumMap<>(Language.class);
            boolean phrase = equivalent.strip().contains(" ");
            for (Language language : Language.values()) {
                // A phrase needs all its words, next to each other; a single (compound) word itself, not its parts.
                List<String> analysed =
                        phrase ? analysis.wordTerms(language, equivalent) : analysis.terms(language, equivalent);
                each.put(language, phrase || analysed.isEmpty() ? analysed : analysed.subList(0, 1));
            }
            equivalentTerms.add(each);
        }
        return new Word(word, terms, equivalentTerms, counts && meaningful && word.length() > 1);
    }

    /** The fit of each candidate to the words. */
    Map<UUID, Fit> measure(List<Word> words, List<Match> candidates) {
        List<Word> meaningful = words.stream().filter(Word::meaningful).toList();
        Map<UUID, Fit> fits = new HashMap<>();
        if (meaningful.isEmpty() || candidates.isEmpty()) {
            candidates.forEach(c -> fits.put(c.serviceId(), Fit.NONE));
            return fits;
        }
        double[][] found = new double[candidates.size()][meaningful.size()];
        int[] documents = new int[meaningful.size()];
        for (int c = 0; c < candidates.size(); c++) {
            ServiceTerms terms = terms(candidates.get(c));
            for (int w = 0; w < meaningful.size(); w++) {
                found[c][w] = found(meaningful.get(w), terms);
                if (found[c][w] >= 0.5) {
                    documents[w]++;
                }
            }
        }
        // Rarity among a handful of candidates says little: weighed as among at least as many as a query brings.
        int n = Math.max(candidates.size(), MIN_COMPARED);
        double[] weight = new double[meaningful.size()];
        double total = 0;
        for (int w = 0; w < meaningful.size(); w++) {
            weight[w] = Math.log(1 + (n - documents[w] + 0.5) / (documents[w] + 0.5));
            if (documents[w] == 0) {
                // No candidate has it: a typo, an incidental word or a missing concept; it counts, but less.
                weight[w] *= UNFOUND;
            }
            total += weight[w];
        }
        for (int c = 0; c < candidates.size(); c++) {
            List<String> matched = new ArrayList<>();
            double sum = 0;
            for (int w = 0; w < meaningful.size(); w++) {
                if (found[c][w] > 0) {
                    sum += weight[w] * found[c][w];
                    if (found[c][w] >= 0.5) {
                        matched.add(meaningful.get(w).word());
                    }
                }
            }
            fits.put(candidates.get(c).serviceId(), new Fit(List.copyOf(matched), total == 0 ? 0 : sum / total));
        }
        return fits;
    }

    /** 1 when the service holds the word (or an equivalent), the found share of its parts otherwise. */
    private static double found(Word word, ServiceTerms service) {
        double best = 0;
        for (Language language : Language.values()) {
            Set<String> held = service.terms().get(language);
            List<String> terms = word.terms().get(language);
            if (terms.isEmpty()) {
                continue;
            }
            if (held.contains(terms.get(0))) {
                if (service.words().get(language).contains(terms.get(0))) {
                    return 1;
                }
                // Only a part of a longer word of the service's ("tieto" in "tariffitieto").
                best = Math.max(best, IN_COMPOUND);
            }
            Set<String> prefixes = service.prefixes().get(language);
            if (terms.size() == 1) {
                if (inflected(terms.get(0), prefixes)) {
                    // The same stem inflected differently ("todistuksia", "todistus").
                    best = Math.max(best, INFLECTED);
                }
            } else {
                // A compound's first letters are those of its first part, which says nothing of the rest of it
                // ("vientiluotto" is not "vientiasiakirjat"): its parts are looked for one by one instead.
                List<String> parts =
                        terms.subList(1, terms.size()).stream().distinct().toList();
                double present = 0;
                for (String part : parts) {
                    present += held.contains(part) ? 1 : inflected(part, prefixes) ? INFLECTED : 0;
                }
                best = Math.max(best, PARTS_ONLY * present / parts.size());
                // All its parts in one longer compound of the service's is the word made more precise
                // ("vientiluotto" in "vientisaatavaluotto"), not parts found here and there.
                for (Set<String> compound : service.compounds().get(language)) {
                    if (compound.containsAll(parts)) {
                        return 1;
                    }
                }
            }
            for (Map<Language, List<String>> equivalent : word.equivalents()) {
                List<String> equivalentTerms = equivalent.get(language);
                if (!equivalentTerms.isEmpty() && holds(service, language, equivalentTerms)) {
                    return 1;
                }
            }
        }
        return best;
    }

    /** Whether a service's texts hold a word, or a phrase's words next to each other ("export credit"). */
    private static boolean holds(ServiceTerms service, Language language, List<String> terms) {
        if (terms.size() == 1) {
            return service.terms().get(language).contains(terms.get(0));
        }
        Set<String> pairs = service.pairs().get(language);
        for (int i = 1; i < terms.size(); i++) {
            if (!pairs.contains(pair(terms.get(i - 1), terms.get(i)))) {
                return false;
            }
        }
        return true;
    }

    private static String pair(String first, String second) {
        return first + ' ' + second;
    }

    private ServiceTerms terms(Match service) {
        int hash = service.name().hashCode() * 31
                + service.description().hashCode() * 17
                + service.organisationName().hashCode();
        ServiceTerms cached = cache.get(service.serviceId());
        if (cached != null && cached.hash() == hash) {
            return cached;
        }
        Map<Language, Set<String>> terms = new EnumMap<>(Language.class);
        Map<Language, Set<String>> prefixes = new EnumMap<>(Language.class);
        Map<Language, Set<String>> pairs = new EnumMap<>(Language.class);
        Map<Language, List<Set<String>>> compounds = new EnumMap<>(Language.class);
        Map<Language, Set<String>> wholeWords = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Set<String> whole = new HashSet<>();
            Set<String> held = new HashSet<>();
            Set<String> heldPairs = new HashSet<>();
            Set<Set<String>> heldCompounds = new HashSet<>();
            for (String text : new String[] {
                service.name().get(language),
                service.description().get(language),
                service.organisationName().get(language)
            }) {
                held.addAll(analysis.terms(language, text));
                if (text != null) {
                    for (String word : ProfileDerivation.words(text)) {
                        List<String> wordTerms = analysis.terms(language, word);
                        if (wordTerms.size() > 2) {
                            heldCompounds.add(Set.copyOf(wordTerms.subList(1, wordTerms.size())));
                        }
                    }
                    heldCompounds.addAll(elided(language, text));
                }
                List<String> words = analysis.wordTerms(language, text);
                whole.addAll(words);
                for (int i = 1; i < words.size(); i++) {
                    heldPairs.add(pair(words.get(i - 1), words.get(i)));
                }
            }
            terms.put(language, held);
            wholeWords.put(language, whole);
            pairs.put(language, heldPairs);
            compounds.put(language, List.copyOf(heldCompounds));
            Set<String> heldPrefixes = new HashSet<>();
            held.stream().filter(t -> t.length() >= PREFIX).forEach(t -> heldPrefixes.add(prefix(t)));
            prefixes.put(language, heldPrefixes);
        }
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        ServiceTerms computed = new ServiceTerms(hash, terms, wholeWords, prefixes, pairs, compounds);
        cache.put(service.serviceId(), computed);
        return computed;
    }

    /**
     * A word cut short before "ja", "tai", "sekä", "och" or "eller" shares the end of the compound after it, as Finnish
     * and Swedish write two compounds with one head: "tutkimus- ja kehitysrahoitus" is research funding and development
     * funding, "import- och exportföretag" import and export companies. Each such pair's first compound, as the parts
     * of the compound after it with its own word in place of their first: "tutkimusrahoitus" is then found whole, not
     * as a part here and a part there.
     */
    private List<Set<String>> elided(Language language, String text) {
        List<Set<String>> compounds = new ArrayList<>();
        var pairs = ELIDED.matcher(text);
        while (pairs.find()) {
            List<String> cut = analysis.terms(language, pairs.group(1));
            List<String> whole = analysis.terms(language, pairs.group(2));
            // The compound after it, cut into its parts by the analysis: [the word, its first part, ..., its head].
            if (cut.isEmpty() || whole.size() < 3) {
                continue;
            }
            Set<String> parts = new HashSet<>(cut.size() > 2 ? cut.subList(1, cut.size()) : cut.subList(0, 1));
            parts.addAll(whole.subList(2, whole.size()));
            compounds.add(Set.copyOf(parts));
        }
        return compounds;
    }

    private static final java.util.regex.Pattern ELIDED = java.util.regex.Pattern.compile(
            "(\\p{L}[\\p{L}\\p{N}]*)-\\s+(?:ja|tai|sekä|och|eller)\\s+(\\p{L}+)",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    private record ServiceTerms(
            int hash,
            Map<Language, Set<String>> terms,
            Map<Language, Set<String>> words,
            Map<Language, Set<String>> prefixes,
            Map<Language, Set<String>> pairs,
            Map<Language, List<Set<String>>> compounds) {}

    /** Whether a service holds the term inflected differently: a term with the same first letters. */
    private static boolean inflected(String term, Set<String> prefixes) {
        return term.length() >= PREFIX && prefixes.contains(prefix(term));
    }

    private static String prefix(String term) {
        return term.length() <= PREFIX ? term : term.substring(0, PREFIX);
    }
}
