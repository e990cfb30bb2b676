package fi.kvverkosto.directory;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kvverkosto.KvServerTest;
import fi.kvverkosto.identity.OrganisationOptions;
import fi.kvverkosto.identity.OrganisationOptions.Option;
import fi.kvverkosto.shared.LocalizedText;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@KvServerTest
class OrganisationOptionsAdapterTests {

    static final UUID ARCHIVED = UUID.fromString("0a7c41f6-5a0e-4d0c-9b1e-3f7c2d9e8a11");

    @Autowired
    OrganisationOptions options;

    @Autowired
    CatalogExchange exchange;

    @Test
    void offersOrganisationsThatAreNotArchivedSortedByNameInTheReadersLanguage() {
        var catalogue = CatalogFixtures.aSmallCatalogue();
        var archived = new OrganisationRecord(
                ARCHIVED,
                LocalizedText.of("Aakkosissa ensimmäinen mutta arkistoitu", null, null),
                LocalizedText.EMPTY,
                null,
                null,
                null,
                List.of(),
                true,
                CatalogFixtures.MODIFIED);
        var organisations = new java.util.ArrayList<>(catalogue.organisations());
        organisations.add(archived);
        exchange.apply(new CatalogSnapshot(
                catalogue.areas(), catalogue.taxonomies(), catalogue.terms(), organisations, catalogue.services()));

        List<Option> finnish = fixtures(options.organisations(Locale.forLanguageTag("fi")));
        List<Option> english = fixtures(options.organisations(Locale.ENGLISH));
        List<Option> swedish = fixtures(options.organisations(Locale.forLanguageTag("sv")));

        assertThat(finnish)
                .extracting(Option::name)
                .containsExactly("Finnvera", "Jämsän kaupungin elinkeinopalvelut", "Keski-Suomen kauppakamari");
        assertThat(finnish).extracting(Option::lang).containsOnlyNulls();
        assertThat(english)
                .extracting(Option::name)
                .containsExactly("Business services of Jämsä", "Central Finland Chamber of Commerce", "Finnvera");
        assertThat(swedish).extracting(Option::lang).containsOnly("fi");
        assertThat(options.organisations(Locale.forLanguageTag("fi")))
                .extracting(Option::id)
                .doesNotContain(ARCHIVED);
    }

    /** The fixture organisations only: other tests sharing the database may have added their own. */
    private static List<Option> fixtures(List<Option> all) {
        var ids = List.of(CatalogFixtures.ORG_CHAMBER, CatalogFixtures.ORG_FINNVERA, CatalogFixtures.ORG_JAMSA);
        return all.stream().filter(o -> ids.contains(o.id())).toList();
    }
}
