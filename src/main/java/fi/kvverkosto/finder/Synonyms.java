package fi.kvverkosto.finder;

import fi.kvverkosto.directory.TextAnalysis;
import fi.kvverkosto.shared.Language;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * The staff's synonym list applied to a query: for each group the query names (a word or phrase of it, compared by
 * index terms, so inflected and compound forms count: "vientirahoitusta" names "vienti"), the group's other words.
 * Read once and kept until the list changes.
 */
@Component
class Synonyms {

    private final SynonymRepository repository;
    private final TextAnalysis analysis = new TextAnalysis();
    private final AtomicReference<List<Group>> groups = new AtomicReference<>();
    private final AtomicLong version = new AtomicLong();

    Synonyms(SynonymRepository repository) {
        this.repository = repository;
    }

    /**
     * A group: its words, each word's index terms per language, and per language the whole-word term of each member
     * that is one word (not a phrase).
     */
    private record Group(
            List<String> words, Map<Language, List<List<String>>> terms, Map<Language, Set<String>> wholeWords) {}

    /** The words to search for besides the query: the other words of every group the query names. */
    List<String> equivalents(String query) {
        Map<Language, Set<String>> queryTerms = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            queryTerms.put(language, new HashSet<>(analysis.terms(language, query)));
        }
        Set<String> equivalents = new LinkedHashSet<>();
        for (Group group : groups()) {
            boolean named = false;
            for (var entry : group.terms().entrySet()) {
                Set<String> inQuery = queryTerms.get(entry.getKey());
                if (entry.getValue().stream().anyMatch(t -> !t.isEmpty() && inQuery.containsAll(t))) {
                    named = true;
                    break;
                }
            }
            if (named) {
                equivalents.addAll(group.words());
            }
        }
        return List.copyOf(equivalents);
    }

    /**
     * The words equivalent to one word as a whole: the other words of every group one of whose one-word members it is
     * (inflected). Unlike {@link #equivalents(String)}, a compound's part does not name a group: "vientiluotto" is not
     * the same as "export", only its first part is.
     */
    List<String> equivalentsOfWord(String word) {
        Set<String> equivalents = new LinkedHashSet<>();
        for (Group group : groups()) {
            for (Language language : Language.values()) {
                List<String> terms = analysis.terms(language, word);
                if (!terms.isEmpty() && group.wholeWords().get(language).contains(terms.get(0))) {
                    equivalents.addAll(group.words());
                    break;
                }
            }
        }
        equivalents.remove(word);
        return List.copyOf(equivalents);
    }

    /** Forget the list read; the next query reads it again. Called after every change. */
    void changed() {
        version.incrementAndGet();
        groups.set(null);
    }

    /** A number that changes with every change of the list: answers computed with an older one are stale. */
    long version() {
        return version.get();
    }

    private List<Group> groups() {
        List<Group> current = groups.get();
        if (current == null) {
            long at = version.get();
            current = new ArrayList<>();
            for (Synonym synonym : repository.findAll()) {
                List<String> words = new ArrayList<>();
                Map<Language, List<List<String>>> terms = new EnumMap<>(Language.class);
                Map<Language, Set<String>> wholeWords = new EnumMap<>(Language.class);
                for (Language language : Language.values()) {
                    List<List<String>> languageTerms = new ArrayList<>();
                    Set<String> whole = new HashSet<>();
                    for (String word : synonym.wordList(language)) {
                        words.add(word);
                        List<String> analysed = analysis.terms(language, word);
                        languageTerms.add(analysed);
                        if (!word.strip().contains(" ") && !analysed.isEmpty()) {
                            whole.add(analysed.get(0));
                        }
                    }
                    terms.put(language, languageTerms);
                    wholeWords.put(language, Set.copyOf(whole));
                }
                current.add(new Group(List.copyOf(words), terms, wholeWords));
            }
            current = List.copyOf(current);
            // A list read while a change was saved may be the old one: it serves this query but is not kept.
            if (version.get() == at) {
                groups.compareAndSet(null, current);
            }
        }
        return current;
    }
}
