package fi.kvverkosto.finder;

import fi.kvverkosto.directory.TermRecord;
import fi.kvverkosto.directory.TextAnalysis;
import fi.kvverkosto.shared.InvalidParameterException;
import fi.kvverkosto.shared.Language;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Checks what a company told the finder against the vocabulary and derives its {@link Profile}: the stage from its
 * place on the international path when it did not choose one, or from its words that tell that place ("emme vielä
 * vie": not exporting yet, {@value #PATH_WORDS_FILE}), and needs from its own words (a word of a need's name in any
 * language: "rahoitusta" points to funding).
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
        PathWords pathWords = stage == null ? pathInWords(query.text()) : null;
        if (pathWords != null) {
            stage = pathWords.path().stage();
            source = Profile.StageSource.WORDS;
        }
        AnalysedText text = query.text() == null ? null : new AnalysedText(query.text());
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
                derivedNeeds(text, needs, vocabulary),
                text == null ? List.of() : namedMarkets(text, vocabulary),
                namedMunicipality(query.text(), vocabulary),
                pathWords == null ? null : pathWords.words());
    }

    static final String PATH_WORDS_FILE = "finder/path-words.txt";

    /** A phrase that tells a place on the international path: its words, lower case, "*" ending a prefix. */
    record PathPhrase(InternationalPath path, List<String> words) {}

    /** A place on the international path the words tell, with the words as written. */
    record PathWords(InternationalPath path, String words) {}

    private static final List<PathPhrase> PATH_PHRASES = pathPhrases();

    /**
     * Where the text tells the company is on its international path: the phrases of {@value #PATH_WORDS_FILE} it holds,
     * each phrase's words one after another; a phrase inside a longer one that matched does not count ("first export
     * sales" is not "first export"). Null when none matches or the matches point to different places.
     */
    static PathWords pathInWords(String text) {
        return text == null ? null : pathInWords(text, PATH_PHRASES);
    }

    static PathWords pathInWords(String text, List<PathPhrase> phrases) {
        List<String> written = tokens(text);
        List<String> words =
                written.stream().map(word -> word.toLowerCase(Locale.ROOT)).toList();
        record Found(PathPhrase phrase, int start, int end) {}
        List<Found> found = new ArrayList<>();
        for (PathPhrase phrase : phrases) {
            int length = phrase.words().size();
            for (int start = 0; start + length <= words.size(); start++) {
                boolean all = true;
                for (int i = 0; i < length && all; i++) {
                    all = phraseWordMatches(phrase.words().get(i), words.get(start + i));
                }
                if (all) {
                    found.add(new Found(phrase, start, start + length));
                }
            }
        }
        List<Found> counted = found.stream()
                .filter(f -> found.stream()
                        .noneMatch(longer -> longer.end() - longer.start() > f.end() - f.start()
                                && longer.start() <= f.start()
                                && longer.end() >= f.end()))
                .toList();
        if (counted.isEmpty()
                || counted.stream().map(f -> f.phrase().path()).distinct().count() > 1) {
            return null;
        }
        Found first = counted.stream()
                .min(java.util.Comparator.comparingInt(Found::start))
                .orElseThrow();
        return new PathWords(first.phrase().path(), String.join(" ", written.subList(first.start(), first.end())));
    }

    private static boolean phraseWordMatches(String phraseWord, String word) {
        return phraseWord.endsWith("*")
                ? word.startsWith(phraseWord.substring(0, phraseWord.length() - 1))
                : word.equals(phraseWord);
    }

    static List<PathPhrase> pathPhrases(String lines) {
        return pathPhrases(WordList.entries(lines));
    }

    private static List<PathPhrase> pathPhrases(List<String> lines) {
        List<PathPhrase> phrases = new ArrayList<>();
        lines.forEach(line -> {
            int colon = line.indexOf(':');
            InternationalPath path = colon < 0
                    ? null
                    : InternationalPath.fromCode(line.substring(0, colon).strip())
                            .orElse(null);
            List<String> words = colon < 0
                    ? List.of()
                    : List.of(line.substring(colon + 1)
                            .strip()
                            .toLowerCase(Locale.ROOT)
                            .split("\\s+"));
            if (path == null || words.isEmpty() || words.get(0).isEmpty()) {
                throw new IllegalStateException("Not a phrase of " + PATH_WORDS_FILE + ": " + line);
            }
            phrases.add(new PathPhrase(path, words));
        });
        return List.copyOf(phrases);
    }

    private static List<PathPhrase> pathPhrases() {
        return pathPhrases(WordList.read(PATH_WORDS_FILE));
    }

    /** The first municipality of the region whose name (Finnish or Swedish) the text holds, inflected or not. */
    static Profile.NamedPlace namedMunicipality(String text, Vocabulary vocabulary) {
        if (text == null) {
            return null;
        }
        List<String> written = words(text);
        List<String> words =
                written.stream().map(word -> word.toLowerCase(Locale.ROOT)).toList();
        for (var municipality : vocabulary.municipalities().values()) {
            for (Language language : Language.values()) {
                String name = municipality.name().get(language);
                if (name == null) {
                    continue;
                }
                List<String> nameWords = words(name.toLowerCase(Locale.ROOT));
                int at = nameWords.size() == 1 ? namingWord(words, nameWords.get(0)) : -1;
                if (at >= 0) {
                    return new Profile.NamedPlace(municipality, written.get(at));
                }
            }
        }
        return null;
    }

    /**
     * The markets whose name, in any language, the text holds: every word of the name, inflected as the name's language
     * inflects it. A Finnish name by its first letters, all but at most its last three and at least five of them, as
     * Finnish inflects names with endings and changing consonants ("Saksan", "Ruotsiin", "Yhdysvaltoihin"); a Swedish or
     * English name by the word's stem in that language ("Tysklands", "Germany's", but not "franchise" for France); a
     * name of two or three letters ("EU") only as a word of its own. When the text's stop words show its language, only
     * the names in that language: "an island resort" does not name Iceland (Swedish "Island", Finnish "Islanti").
     */
    List<Profile.NamedMarket> namedMarkets(String text, Vocabulary vocabulary) {
        return text == null ? List.of() : namedMarkets(new AnalysedText(text), vocabulary);
    }

    private List<Profile.NamedMarket> namedMarkets(AnalysedText text, Vocabulary vocabulary) {
        List<String> written = text.words;
        List<String> words =
                written.stream().map(word -> word.toLowerCase(Locale.ROOT)).toList();
        Language language = text.language();
        List<Profile.NamedMarket> named = new ArrayList<>();
        vocabulary.marketNames().forEach((market, names) -> {
            for (Vocabulary.MarketName name : names) {
                if (language != null && name.language() != language) {
                    continue;
                }
                int first = -1;
                for (String nameWord : name.words()) {
                    int at = name.language() == Language.FI || nameWord.length() < 4
                            ? namingWord(words, nameWord)
                            : text.in(name.language()).firstTerms().indexOf(nameStem(name.language(), nameWord));
                    if (at < 0) {
                        first = -1;
                        break;
                    }
                    first = first < 0 ? at : Math.min(first, at);
                }
                if (first >= 0) {
                    named.add(new Profile.NamedMarket(market, written.get(first)));
                    return;
                }
            }
        });
        return List.copyOf(named);
    }

    /** A market name's word's stem, analysed once: names are few and asked about with every text. */
    private String nameStem(Language language, String nameWord) {
        if (nameStems.size() > MAX_NAMES) {
            nameStems.clear();
        }
        return nameStems.computeIfAbsent(new NameWord(language, nameWord), key -> stem(language, nameWord));
    }

    private record NameWord(Language language, String word) {}

    private final Map<NameWord, String> nameStems = new ConcurrentHashMap<>();

    /** A word's first index term in a language: its stem (the word itself for a compound's whole). */
    private String stem(Language language, String word) {
        List<String> terms = analysis.terms(language, word);
        return terms.isEmpty() ? word : terms.get(0);
    }

    /**
     * The index of the first word that is the (Finnish) name's word inflected, or -1: a word that begins with the name's
     * first letters and is at most five letters longer than the name (a case ending, not a compound such as
     * "saksankielisille").
     */
    private static int namingWord(List<String> words, String nameWord) {
        if (nameWord.length() < 4) {
            return words.indexOf(nameWord); // "EU" is not the start of "euro"
        }
        String stem = nameWord.substring(0, Math.min(nameWord.length(), Math.max(5, nameWord.length() - 3)));
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.startsWith(stem) && word.length() <= nameWord.length() + 5) {
                return i;
            }
        }
        return -1;
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
     * does not point to "vientiasiakirjat"; nor a word the name holds in brackets); needs already chosen are not
     * repeated.
     */
    private List<Profile.DerivedNeed> derivedNeeds(AnalysedText analysed, List<String> chosen, Vocabulary vocabulary) {
        if (analysed == null) {
            return List.of();
        }
        List<Profile.DerivedNeed> derived = new ArrayList<>();
        Set<String> seen = new HashSet<>(chosen);
        for (Map.Entry<String, TermRecord> need :
                vocabulary.taxonomy(Vocabulary.NEED).entrySet()) {
            if (seen.contains(need.getKey())) {
                continue;
            }
            String word = wordNaming(analysed, need.getValue(), true);
            if (word != null) {
                derived.add(new Profile.DerivedNeed(need.getKey(), word));
                seen.add(need.getKey());
            }
        }
        return List.copyOf(derived);
    }

    /** The first word of the text that is a whole word of the term's name in some language, or null. */
    String wordNaming(String text, TermRecord term) {
        return wordNaming(new AnalysedText(text), term, false);
    }

    /**
     * The first word of the text that is a whole word of the term's name, or null; {@code telling} leaves out the words
     * of the field itself ({@value #FIELD_WORDS_FILE}), which name no need of their own.
     */
    private String wordNaming(AnalysedText text, TermRecord term, boolean telling) {
        for (Language language : Language.values()) {
            NameTerms name = nameTerms(term, language);
            if (name.firstTerms().isEmpty()) {
                continue;
            }
            AnalysedText.InLanguage words = text.in(language);
            Set<String> field = telling ? fieldTerms(language) : Set.of();
            for (int i = 0; i < words.words().size(); i++) {
                String first = words.firstTerms().get(i);
                if (first != null
                        && name.firstTerms().contains(first)
                        && !field.contains(first)
                        && !(telling && inTitle(words.words(), i))) {
                    return words.words().get(i);
                }
            }
            // A compound name said in its parts, in words of their own: "tietoa markkinoista" names "markkinatieto";
            // one word that holds them all is not the compound ("markkinoille" is not "markkinointi", which the
            // analysis cuts into "mark" and "markino").
            for (int i = 0; i < name.words().size(); i++) {
                List<String> parts = name.parts().get(i);
                if (parts.size() <= 2) {
                    continue;
                }
                Set<Integer> holding = new java.util.TreeSet<>();
                boolean all = true;
                for (String part : parts.subList(1, parts.size())) {
                    boolean found = false;
                    for (int w = 0; w < words.words().size(); w++) {
                        if (words.wordPrefixes().get(w).contains(prefix(part))) {
                            holding.add(w);
                            found = true;
                        }
                    }
                    all &= found;
                }
                if (all && holding.size() > 1) {
                    return String.join(
                            " ", holding.stream().map(w -> words.words().get(w)).toList());
                }
            }
        }
        return null;
    }

    /** A term's name in one language, analysed once: each word's first index term, and each word's terms. */
    private record NameTerms(List<String> words, Set<String> firstTerms, List<List<String>> parts) {}

    private NameTerms nameTerms(TermRecord term, Language language) {
        if (nameTerms.size() > MAX_NAMES) {
            nameTerms.clear(); // the vocabulary has changed many times; start over
        }
        return nameTerms.computeIfAbsent(new NameKey(term, language), key -> {
            String label =
                    term.label().get(language) == null ? "" : term.label().get(language);
            // What a name says in brackets qualifies it ("Risk management (credit, currency, political)"): those words
            // name the need in one language only, and alone they name other needs too ("export credit" is funding).
            List<String> words = words(QUALIFIER.matcher(label).replaceAll(" "));
            Set<String> firstTerms = new HashSet<>();
            List<List<String>> parts = new ArrayList<>();
            for (String word : words) {
                List<String> terms = analysis.terms(language, word);
                if (!terms.isEmpty()) {
                    firstTerms.add(terms.get(0));
                }
                parts.add(List.copyOf(terms));
            }
            return new NameTerms(words, Set.copyOf(firstTerms), List.copyOf(parts));
        });
    }

    private record NameKey(TermRecord term, Language language) {}

    private static final Pattern QUALIFIER = Pattern.compile("\\([^)]*\\)");

    static final String ROLE_WORDS_FILE = "finder/role-words.txt";

    private static final Set<String> ROLE_WORDS = Set.copyOf(lowerCase(ROLE_WORDS_FILE));

    /** Whether the text's word at {@code i} is a job title's or the word before one ({@value #ROLE_WORDS_FILE}). */
    private static boolean inTitle(List<String> words, int i) {
        return ROLE_WORDS.contains(words.get(i).toLowerCase(Locale.ROOT))
                || (i + 1 < words.size() && ROLE_WORDS.contains(words.get(i + 1).toLowerCase(Locale.ROOT)));
    }

    static final String FIELD_WORDS_FILE = "finder/field-words.txt";

    private static final List<String> FIELD_WORDS = lowerCase(FIELD_WORDS_FILE);

    private final Map<Language, Set<String>> fieldTerms = new ConcurrentHashMap<>();

    /** The first index terms of the field's words in a language, analysed once. */
    private Set<String> fieldTerms(Language language) {
        return fieldTerms.computeIfAbsent(language, l -> {
            Set<String> terms = new HashSet<>();
            for (String word : FIELD_WORDS) {
                List<String> analysed = analysis.terms(l, word);
                if (!analysed.isEmpty()) {
                    terms.add(analysed.get(0));
                }
            }
            return Set.copyOf(terms);
        });
    }

    /** A word list's entries in lower case. */
    private static List<String> lowerCase(String file) {
        return WordList.read(file).stream()
                .map(line -> line.toLowerCase(Locale.ROOT))
                .toList();
    }

    private static final int MAX_NAMES = 5_000;

    private final Map<NameKey, NameTerms> nameTerms = new ConcurrentHashMap<>();

    /** A company's text, its words analysed in each language when first needed. */
    private final class AnalysedText {

        private final List<String> words;
        private final Map<Language, InLanguage> analysed = new EnumMap<>(Language.class);

        AnalysedText(String text) {
            this.words = words(text);
        }

        /** The words, each word's first index term (or null), and the five-letter prefixes of each word's terms. */
        record InLanguage(List<String> words, List<String> firstTerms, List<Set<String>> wordPrefixes) {}

        InLanguage in(Language language) {
            return analysed.computeIfAbsent(language, l -> {
                List<String> firstTerms = new ArrayList<>(words.size());
                List<Set<String>> wordPrefixes = new ArrayList<>(words.size());
                for (String word : words) {
                    List<String> terms = analysis.terms(l, word);
                    firstTerms.add(terms.isEmpty() ? null : terms.get(0));
                    Set<String> prefixes = new HashSet<>();
                    terms.forEach(t -> prefixes.add(prefix(t)));
                    wordPrefixes.add(prefixes);
                }
                return new InLanguage(words, firstTerms, wordPrefixes);
            });
        }

        /**
         * The language whose stop words the text has most of ("an", "in": English), or null when none or a tie tells.
         */
        Language language() {
            Language most = null;
            long mostStopWords = 0;
            boolean tie = false;
            for (Language language : Language.values()) {
                long stopWords = in(language).firstTerms().stream()
                        .filter(term -> term == null)
                        .count();
                if (stopWords > mostStopWords) {
                    most = language;
                    mostStopWords = stopWords;
                    tie = false;
                } else if (stopWords == mostStopWords && stopWords > 0) {
                    tie = true;
                }
            }
            return tie ? null : most;
        }
    }

    /** A term's first five letters: inflected forms of one stem mostly share them. */
    private static String prefix(String term) {
        return term.length() <= 5 ? term : term.substring(0, 5);
    }

    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}&]+");
    private static final Pattern EDGE_AMPERSANDS = Pattern.compile("^&+|&+$");

    /** The words of a text as written, for showing which of them matched. */
    static List<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String token : tokens(text)) {
            if (token.length() > 1) {
                words.add(token);
            }
        }
        return List.copyOf(words);
    }

    /** Every word of the text in order, as written: letters, digits and inner ampersands ("R&D"). */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (String word : WORD_BREAK.split(text)) {
            String trimmed = EDGE_AMPERSANDS.matcher(word).replaceAll("");
            if (!trimmed.isEmpty()) {
                tokens.add(trimmed);
            }
        }
        return tokens;
    }

    private static List<String> first(Set<String> values, int count) {
        return values.stream().limit(count).toList();
    }
}
