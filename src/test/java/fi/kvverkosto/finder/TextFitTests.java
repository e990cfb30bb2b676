package fi.kvverkosto.finder;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kvverkosto.directory.ServiceMatching.Match;
import fi.kvverkosto.directory.ServiceStatus;
import fi.kvverkosto.directory.TextAnalysis;
import fi.kvverkosto.shared.LocalizedText;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TextFitTests {

    private final TextFit fit = new TextFit(new TextAnalysis());

    @Test
    void aCompoundIsNotFoundByItsFirstPartAlone() {
        var documents = service(
                "Vientiasiakirjat",
                "Vientiasiakirjojen laatiminen ja vientiin liittyvä neuvonta.",
                "Export documents.");
        var credit = service("Vientisaatavaluotto", "Luotto viennin saataville.", "Credit for export receivables.");

        var fits = fit.measure(List.of(fit.word("vientiluotto", List.of(), true)), List.of(documents, credit));

        assertThat(fits.get(documents.serviceId()).coverage()).isLessThan(0.5);
        assertThat(fits.get(documents.serviceId()).matched()).isEmpty();
        assertThat(fits.get(credit.serviceId()).coverage()).isGreaterThanOrEqualTo(0.5);
        assertThat(fits.get(credit.serviceId()).matched()).containsExactly("vientiluotto");
    }

    @Test
    void aCompoundInsideALongerCompoundCountsInFullItsPartsHereAndThereLess() {
        var longer = service("Vientisaatavaluotto", "Rahoitus pk-yrityksille.", "Export receivables loan.");
        var scattered = service("Rahoitustakuu", "Vakuus viennin rahoitusluotolle.", "Finance guarantee.");

        var fits = fit.measure(List.of(fit.word("vientiluotto", List.of(), true)), List.of(longer, scattered));

        assertThat(fits.get(longer.serviceId()).coverage()).isEqualTo(1.0);
        assertThat(fits.get(scattered.serviceId()).coverage()).isLessThan(1.0);
    }

    @Test
    void aWordFoundOnlyAsPartOfALongerWordCountsLessThanTheWordItself() {
        var itself = service("Markkinatieto", "Tietoa kohdemarkkinoista.", "Market information.");
        var part = service("Sitova tariffitieto", "Tariffitieto tullille.", "Binding tariff information.");

        var fits = fit.measure(List.of(fit.word("tietoa", List.of(), true)), List.of(itself, part));

        assertThat(fits.get(itself.serviceId()).coverage()).isEqualTo(1.0);
        assertThat(fits.get(part.serviceId()).coverage())
                .isGreaterThanOrEqualTo(0.5)
                .isLessThan(1.0);
    }

    @Test
    void aPhraseEquivalentNeedsItsWordsTogether() {
        var apart = service("Remburssi", "Remburssi.", "Letter of credit for export trade and documentary collection.");
        var together = service("Luottovakuutus", "Luottovakuutus.", "Export credit insurance against buyer risk.");
        var word = fit.word("vientiluotto", List.of("export credit"), true);

        var fits = fit.measure(List.of(word), List.of(apart, together));

        assertThat(fits.get(together.serviceId()).coverage()).isEqualTo(1.0);
        assertThat(fits.get(apart.serviceId()).coverage()).isLessThan(1.0);
    }

    @Test
    void anInflectedFormStillCounts() {
        var origin = service("Alkuperätodistus", "Alkuperätodistus vientiin.", "Certificate of origin.");

        var fits = fit.measure(List.of(fit.word("alkuperätodistuksen", List.of(), true)), List.of(origin));

        assertThat(fits.get(origin.serviceId()).coverage()).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void aWordCutShortBeforeAndSharesTheCompoundAfterIt() {
        var both = service("Tutkimus- ja kehitysrahoitus", "Rahoitusta yrityksille.", "Funding.");
        var scattered = service("Tutkimus", "Kehitysrahoitus yrityksille.", "Research.");
        var swedish = service(
                LocalizedText.of("Rådgivning", "Rådgivning för import- och exportföretag", null),
                LocalizedText.of("Neuvontaa.", "Rådgivning.", null));

        var fits =
                fit.measure(List.of(fit.word("tutkimusrahoitus", List.of(), true)), List.of(both, scattered, swedish));
        var companies = fit.measure(List.of(fit.word("importföretag", List.of(), true)), List.of(both, swedish));

        assertThat(fits.get(both.serviceId()).coverage()).isEqualTo(1.0);
        // The same words, but not one compound cut short: its parts here and there.
        assertThat(fits.get(scattered.serviceId()).coverage()).isLessThan(1.0);
        assertThat(companies.get(swedish.serviceId()).coverage()).isEqualTo(1.0);
    }

    @Test
    void aRareWordBesideATypoWeighsAsMuchWithOneCandidateAsWithMany() {
        var eori = service("EORI-tunniste", "EORI-tunnisteen hakeminen Tullilta.", "EORI number registration.");
        var words = List.of(fit.word("EORI", List.of(), true), fit.word("numbr", List.of(), true));

        var alone = fit.measure(words, List.of(eori));
        List<Match> many = new java.util.ArrayList<>(List.of(eori));
        for (int i = 0; i < 20; i++) {
            many.add(service("Palvelu " + i, "Neuvontaa yrityksille.", "Advice for companies."));
        }
        var among = fit.measure(words, many);

        assertThat(alone.get(eori.serviceId()).coverage())
                .isGreaterThanOrEqualTo(0.5)
                .isEqualTo(among.get(eori.serviceId()).coverage());
    }

    private static Match service(String name, String finnish, String english) {
        return service(LocalizedText.of(name, null, null), LocalizedText.of(finnish, null, english));
    }

    private static Match service(LocalizedText name, LocalizedText description) {
        return new Match(
                UUID.randomUUID(),
                1f,
                name,
                description,
                UUID.randomUUID(),
                LocalizedText.finnish("Palveluntuottaja"),
                ServiceStatus.ACTIVE,
                Set.of(),
                List.of(),
                Map.of());
    }
}
