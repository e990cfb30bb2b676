package fi.kvverkosto.directory;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kvverkosto.shared.Language;
import fi.kvverkosto.shared.LocalizedText;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The text analysis as configured in the running backend, and what it means for searches: Finnish inflections and
 * compounds, Swedish and English forms, and queries in one language finding texts in another.
 */
@SpringBootTest
class SearchAnalysisTests {

    static final UUID ORG = UUID.fromString("7a0d9c1e-2b7c-4f43-9a55-0c6f3e2d0001");
    static final UUID FINANCING = UUID.fromString("7a0d9c1e-2b7c-4f43-9a55-0c6f3e2d0011");
    static final UUID COMPOUND = UUID.fromString("7a0d9c1e-2b7c-4f43-9a55-0c6f3e2d0012");
    static final UUID MARKETS = UUID.fromString("7a0d9c1e-2b7c-4f43-9a55-0c6f3e2d0013");
    static final UUID SWEDISH = UUID.fromString("7a0d9c1e-2b7c-4f43-9a55-0c6f3e2d0014");
    static final UUID ENGLISH = UUID.fromString("7a0d9c1e-2b7c-4f43-9a55-0c6f3e2d0015");
    static final UUID FINNISH_ONLY = UUID.fromString("7a0d9c1e-2b7c-4f43-9a55-0c6f3e2d0016");

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    CatalogExchange exchange;

    @Autowired
    ServiceDirectory directory;

    @BeforeEach
    void catalogue() {
        exchange.apply(analysisCatalogue());
    }

    /** The test catalogue with this class's services: inflections, compounds and texts in one language only. */
    static CatalogSnapshot analysisCatalogue() {
        var organisations = new ArrayList<>(CatalogFixtures.organisations());
        organisations.add(new OrganisationRecord(
                ORG,
                LocalizedText.finnish("Analyysitestien järjestäjä"),
                LocalizedText.EMPTY,
                null,
                null,
                null,
                List.of(),
                false,
                CatalogFixtures.MODIFIED));
        var services = new ArrayList<>(CatalogFixtures.services());
        services.add(service(FINANCING, "Kasvun rahoitus", "Lainat pk-yrityksille."));
        services.add(service(COMPOUND, "Vientirahoitus pähkinänkuoressa", "Opas viejille."));
        services.add(service(MARKETS, "Uudet markkinat", "Tietoa kohdemaista."));
        services.add(CatalogFixtures.service(SWEDISH, ORG)
                .name("Tukipalvelu", "Exportfinansiering för små företag", null)
                .area(CatalogFixtures.AREA_REGION)
                .build());
        services.add(CatalogFixtures.service(ENGLISH, ORG)
                .name("Takuupalvelu", null, "The exporter's guarantees")
                .area(CatalogFixtures.AREA_REGION)
                .build());
        services.add(service(FINNISH_ONLY, "Tavaramerkin rekisteröinti ulkomailla", "Neuvomme suojaamaan brändin."));
        return new CatalogSnapshot(
                List.of(), CatalogFixtures.taxonomies(), CatalogFixtures.terms(), organisations, services);
    }

    /** A service with Finnish text only. */
    static ServiceRecord service(UUID id, String name, String description) {
        return CatalogFixtures.service(id, ORG)
                .name(name, null, null)
                .description(description, null, null)
                .area(CatalogFixtures.AREA_REGION)
                .build();
    }

    @Test
    void finnishInflectedFormsShareTokens() {
        assertThat(tokens("kv_fi", "vientirahoitusta")).containsAll(tokens("kv_fi", "vientirahoitus"));
        assertThat(tokens("kv_fi", "alkuperätodistuksen")).containsAnyElementsOf(tokens("kv_fi", "alkuperätodistus"));
    }

    @Test
    void finnishCompoundsAreSplitIntoTheirParts() {
        var compound = tokens("kv_fi", "vientirahoitusta");
        assertThat(compound).containsAnyElementsOf(tokens("kv_fi", "rahoitus"));
        assertThat(compound).containsAnyElementsOf(tokens("kv_fi", "vienti"));
    }

    /**
     * The light stemmer alone leaves these apart (markkinoille → "markino", markkinat → "markin"); the word part
     * "markkin" brings them together. Measured for ADR 5.
     */
    @Test
    void finnishMarketFormsMeetThroughTheWordPartList() {
        assertThat(tokens("kv_fi", "markkinoille")).containsAnyElementsOf(tokens("kv_fi", "markkinat"));
        assertThat(tokens("kv_fi", "Saksan")).containsAnyElementsOf(tokens("kv_fi", "Saksaan"));
    }

    @Test
    void swedishInflectionsAndCompoundsMeet() {
        assertThat(tokens("kv_sv", "exportfinansieringen")).containsAnyElementsOf(tokens("kv_sv", "finansiering"));
        assertThat(tokens("kv_sv", "ursprungsintyget")).containsAnyElementsOf(tokens("kv_sv", "intyg"));
    }

    @Test
    void englishDropsPossessivesAndStems() {
        assertThat(tokens("kv_en", "exporter's guarantees")).containsAll(tokens("kv_en", "exporter guarantee"));
        assertThat(tokens("kv_en", "the financing of exports")).doesNotContain("the", "of");
    }

    /** The companies' text field: a word's Finnish, Swedish and English terms in one analysis (StackedAnalyzerTests). */
    @Test
    void allThreeLanguagesInOneAnalyser() {
        for (var word : List.of("vientirahoitusta", "exportfinansieringen", "exporter's")) {
            assertThat(tokens(SearchAnalysisConfigurer.ALL, word))
                    .containsAll(tokens("kv_fi", word))
                    .containsAll(tokens("kv_sv", word))
                    .containsAll(tokens("kv_en", word));
        }
    }

    @Test
    void inflectedFinnishCompoundFindsTheCompoundAndItsParts() {
        var found = ids("vientirahoitusta");
        assertThat(found).contains(COMPOUND, FINANCING);
    }

    @Test
    void inflectedMarketWordFindsTheBaseForm() {
        assertThat(ids("markkinoille")).contains(MARKETS);
    }

    @Test
    void swedishQueryFindsSwedishText() {
        assertThat(ids("exportfinansieringen")).contains(SWEDISH);
    }

    @Test
    void englishQueryFindsEnglishText() {
        assertThat(ids("exporter guarantee")).contains(ENGLISH);
    }

    @Test
    void swedishAndEnglishQueriesFindFinnishOnlyTexts() {
        assertThat(ids("varumärke")).contains(FINNISH_ONLY);
        assertThat(ids("trademark registration")).contains(FINNISH_ONLY);
        // Countries come from the market taxonomy, named in every language: "Tyskland" is Saksa.
        assertThat(ids("Tyskland")).contains(CatalogFixtures.SERVICE_GERMANY_PROGRAMME);
    }

    @Test
    void finnishQueryFindsServicesThroughTheirEnglishTranslation() {
        // The guarantee service is named in Finnish as "Takuupalvelu" and in English only as "guarantees":
        // "takaus" reaches it through the glossary's English equivalent.
        assertThat(ids("takaus")).contains(ENGLISH);
    }

    @Test
    void typosInLongerWordsAreTolerated() {
        assertThat(ids("alkuperätodistsu")).contains(CatalogFixtures.SERVICE_CERTIFICATE_OF_ORIGIN);
        assertThat(ids("certificat of origin")).contains(CatalogFixtures.SERVICE_CERTIFICATE_OF_ORIGIN);
    }

    List<UUID> ids(String text) {
        return directory.search(new ServiceSearch(text, java.util.Map.of(), 1, 100), Language.FI).services().stream()
                .map(ServiceSummary::id)
                .toList();
    }

    Set<String> tokens(String analyzerName, String text) {
        Analyzer analyzer = Search.mapping(entityManagerFactory)
                .backend()
                .unwrap(LuceneBackend.class)
                .analyzer(analyzerName)
                .orElseThrow();
        Set<String> tokens = new LinkedHashSet<>();
        try (var stream = analyzer.tokenStream("text", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return tokens;
    }
}
