package fi.kvverkosto.directory;

import fi.kvverkosto.shared.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds a query's equivalents in the other two languages, from a glossary of the domain's vocabulary kept as a resource
 * ({@value #GLOSSARY}) and from country names. Much of the catalogue is in Finnish and English only, so that without
 * this a Swedish query ("ursprungsintyg", "Tyskland") would find nothing.
 *
 * <p>Terms are compared by their stems (the light stemmers of the index, without compound splitting), so that
 * "varumärket" finds the glossary's "varumärke". It runs in the application, the same whichever search backend is
 * configured.
 */
final class QueryExpansion {

    static final String GLOSSARY = "search/glossary.txt";

    private final List<Concept> concepts;
    private final Map<Language, Analyzer> stemmers;

    /** A concept: its terms in each language, each term a list of stemmed words. */
    record Concept(Map<Language, List<String>> terms, Map<Language, List<List<String>>> stems) {}

    private QueryExpansion(List<Map<Language, List<String>>> entries) {
        stemmers = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            stemmers.put(language, stemmer(language));
        }
        concepts = new ArrayList<>();
        for (Map<Language, List<String>> entry : entries) {
            Map<Language, List<List<String>>> stems = new EnumMap<>(Language.class);
            entry.forEach((language, terms) -> stems.put(
                    language, terms.stream().map(t -> stems(language, t)).toList()));
            concepts.add(new Concept(entry, stems));
        }
        // Each term of each concept under its first stem: a query looks up its own stems instead of trying every term.
        byFirstStem = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            byFirstStem.put(language, new HashMap<>());
        }
        for (int i = 0; i < concepts.size(); i++) {
            for (var entry : concepts.get(i).stems().entrySet()) {
                for (List<String> term : entry.getValue()) {
                    if (!term.isEmpty()) {
                        byFirstStem
                                .get(entry.getKey())
                                .computeIfAbsent(term.get(0), k -> new ArrayList<>())
                                .add(new Entry(i, term));
                    }
                }
            }
        }
    }

    /** A concept's term in one language, stemmed, under its concept's place in the glossary. */
    private record Entry(int concept, List<String> stems) {}

    private final Map<Language, Map<String, List<Entry>>> byFirstStem;

    /** The glossary from the resources, with the given countries (ISO 3166-1 alpha-2 codes) named in each language. */
    static QueryExpansion load(Set<String> countryCodes) {
        List<Map<Language, List<String>>> entries = new ArrayList<>(glossary());
        for (String code : countryCodes) {
            Locale country = new Locale.Builder().setRegion(code).build();
            Map<Language, List<String>> names = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                String name = country.getDisplayCountry(language.locale());
                if (!name.isBlank() && !name.equals(code)) {
                    names.put(language, List.of(name.toLowerCase(language.locale())));
                }
            }
            if (names.size() > 1) {
                entries.add(names);
            }
        }
        return new QueryExpansion(entries);
    }

    /**
     * The terms to search for besides the query itself: for each concept the query names in one language, its terms in
     * the other languages. Empty when the query names no concept.
     */
    List<String> expand(String query) {
        // The concepts the query names, in glossary order, each with the first language (in the order of Language)
        // it is named in.
        Map<Integer, Language> named = new TreeMap<>();
        for (Language language : Language.values()) {
            Set<String> queryStems = new LinkedHashSet<>(stems(language, query));
            Map<String, List<Entry>> index = byFirstStem.get(language);
            for (String stem : queryStems) {
                for (Entry entry : index.getOrDefault(stem, List.of())) {
                    if (!named.containsKey(entry.concept()) && queryStems.containsAll(entry.stems())) {
                        named.put(entry.concept(), language);
                    }
                }
            }
        }
        Set<String> additions = new LinkedHashSet<>();
        named.forEach((concept, in) -> concepts.get(concept).terms().forEach((language, terms) -> {
            if (language != in) {
                additions.addAll(terms);
            }
        }));
        return List.copyOf(additions);
    }

    private List<String> stems(Language language, String text) {
        List<String> stems = new ArrayList<>();
        try (var stream = stemmers.get(language).tokenStream("text", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                stems.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stems;
    }

    private static Analyzer stemmer(Language language) {
        try {
            var builder = CustomAnalyzer.builder().withTokenizer("standard");
            switch (language) {
                case FI -> builder.addTokenFilter("lowercase").addTokenFilter("finnishLightStem");
                case SV -> builder.addTokenFilter("lowercase").addTokenFilter("swedishLightStem");
                case EN ->
                    builder.addTokenFilter("englishPossessive")
                            .addTokenFilter("lowercase")
                            .addTokenFilter("porterStem");
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Map<Language, List<String>>> glossary() {
        try (var in = new ClassPathResource(GLOSSARY).getInputStream()) {
            List<Map<Language, List<String>>> entries = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList()) {
                String content = line.strip();
                if (content.isEmpty() || content.startsWith("#")) {
                    continue;
                }
                String[] columns = content.split("\\|", -1);
                if (columns.length != 3) {
                    throw new IllegalStateException(GLOSSARY + ": expected fi | sv | en in: " + line);
                }
                Map<Language, List<String>> entry = new EnumMap<>(Language.class);
                for (Language language : Language.values()) {
                    List<String> terms = List.of(columns[language.ordinal()].split(",")).stream()
                            .map(String::strip)
                            .filter(t -> !t.isEmpty())
                            .toList();
                    if (!terms.isEmpty()) {
                        entry.put(language, terms);
                    }
                }
                entries.add(entry);
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + GLOSSARY, e);
        }
    }
}
