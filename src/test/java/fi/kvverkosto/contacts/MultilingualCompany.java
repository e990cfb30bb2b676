package fi.kvverkosto.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A company whose text is in Finnish, Swedish and English, and the searches that must find it (and one that must not)
 * through the companies' one text field: the same on the Lucene backend ({@code ContactSearchIndexTests}) and on a
 * real OpenSearch cluster ({@code OpenSearchBackendTests}).
 */
public final class MultilingualCompany {

    public static final String NAME = "Kielikoe Oy";

    /** Each word in any of its forms in the three languages; all the words of a search must be found. */
    public static final List<String> FOUND_BY = List.of(
            "vientirahoitus",
            "rahoitusta",
            "Saksa",
            "exportfinansieringen",
            "finansiering",
            "Tysklands",
            "exporter guarantee",
            "vientirahoitus Tyskland guarantees");

    /** One word of the search ("Norjaan", to Norway) is nowhere in the text. */
    public static final String NOT_FOUND_BY = "vientirahoitus Norjaan";

    private MultilingualCompany() {}

    /**
     * Saves the company (as a user allowed to) and checks that each search of {@link #FOUND_BY} finds it and
     * {@link #NOT_FOUND_BY} does not.
     *
     * @param names the names of the companies a search for the words finds
     */
    public static void savedIsFoundByItsWords(Contacts contacts, Function<String, List<String>> names) {
        assertThat(contacts.createCompany(input())).isInstanceOf(Contacts.Outcome.Saved.class);

        for (String words : FOUND_BY) {
            assertThat(names.apply(words)).as(words).contains(NAME);
        }
        assertThat(names.apply(NOT_FOUND_BY)).doesNotContain(NAME);
    }

    /** The company in Jyväskylä (179), manufacturing, with its text in three languages. */
    public static CompanyInput input() {
        return new CompanyInput(
                null,
                NAME,
                "179",
                "C",
                null,
                null,
                List.of(),
                "Vientirahoitusta Saksaan. Exportfinansiering till Tyskland. The exporter's guarantees.",
                Map.of(),
                List.of(),
                List.of());
    }
}
