package fi.kvverkosto.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryExpansionTests {

    static final QueryExpansion EXPANSION = QueryExpansion.load(Set.of("DE", "SE", "CN"));

    @Test
    void swedishTermGetsItsFinnishAndEnglishEquivalents() {
        assertThat(EXPANSION.expand("ursprungsintyg")).contains("alkuperätodistus", "certificate of origin");
    }

    @Test
    void inflectedFormsAreRecognised() {
        assertThat(EXPANSION.expand("Hur registrerar vi ett varumärke?")).contains("tavaramerkki", "trademark");
        assertThat(EXPANSION.expand("alkuperätodistuksen")).contains("ursprungsintyg", "certificate of origin");
        assertThat(EXPANSION.expand("export credit guarantees")).contains("takaus", "vientiluotto");
    }

    @Test
    void countriesAreNamedInEveryLanguage() {
        assertThat(EXPANSION.expand("distributör i Tyskland")).contains("saksa", "germany", "jakelija");
        assertThat(EXPANSION.expand("Kiinan markkinat")).contains("kina", "china");
    }

    @Test
    void termsInTheQuerysOwnLanguageAreNotRepeated() {
        assertThat(EXPANSION.expand("ursprungsintyg")).doesNotContain("ursprungsintyg");
    }

    @Test
    void queryNamingNoConceptAddsNothing() {
        assertThat(EXPANSION.expand("xyzzy plugh")).isEmpty();
        assertThat(EXPANSION.expand("")).isEmpty();
    }

    @Test
    void multiWordTermsNeedAllTheirWords() {
        assertThat(EXPANSION.expand("certificate")).doesNotContain("alkuperätodistus");
        assertThat(EXPANSION.expand("origin of the certificate")).contains("alkuperätodistus");
    }
}
