package fi.kvverkosto.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kvverkosto.contacts.CompanyView.ExperienceView;
import fi.kvverkosto.contacts.CompanyView.ListingView;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MatchingTests {

    static final LocalDate TODAY = LocalDate.parse("2026-11-27");
    final Matching matching = new Matching();

    static CompanyView company(
            String name,
            String industry,
            List<ExperienceView> experiences,
            List<ListingView> offers,
            List<ListingView> seeks) {
        return new CompanyView(
                UUID.randomUUID(),
                null,
                name,
                "179",
                industry,
                null,
                null,
                null,
                null,
                experiences,
                offers,
                seeks,
                null,
                null,
                null,
                null,
                null);
    }

    static ExperienceView went(String market, int since) {
        return new ExperienceView(market, "export", since, null, null);
    }

    static ListingView listing(String kind, String summary, String market) {
        return new ListingView(kind, summary, market, null, TODAY.plusMonths(6));
    }

    @Test
    void peersAreOfTheSameIndustryAndWentWhereTheCompanyHasNotBeenEarliestFirst() {
        var me = company("Minä Oy", "C", List.of(went("SE", 2015)), null, null);
        var sameMarket = company("Sama Markkina Oy", "C", List.of(went("SE", 2001)), null, null);
        var germanyLate = company("Saksa Myöhään Oy", "C", List.of(went("DE", 2020)), null, null);
        var germanyEarly = company("Saksa Aikaisin Oy", "C", List.of(went("DE", 2005)), null, null);
        var otherIndustry = company("Muu Ala Oy", "J", List.of(went("DE", 1999)), null, null);
        var peers = matching.peers(me, List.of(me, sameMarket, germanyLate, germanyEarly, otherIndustry), null);
        assertThat(peers).extracting(Suggestion::companyName).containsExactly("Saksa Aikaisin Oy", "Saksa Myöhään Oy");
        assertThat(peers.getFirst().reasonKey()).isEqualTo("contacts.reason.peer.industry");
        assertThat(peers.getFirst().reasonArguments()).containsExactly("C", "DE", "export", "2005");

        var toSweden = matching.peers(me, List.of(me, sameMarket, germanyEarly), "SE");
        assertThat(toSweden).extracting(Suggestion::companyName).containsExactly("Sama Markkina Oy");
    }

    @Test
    void coInnovationPairsASeekWithAnOfferFromAnotherIndustry() {
        var me = company("Etsijä Oy", "C", null, List.of(), List.of(listing("seek", "Etsimme jälleenmyyjää", "SE")));
        var answers =
                company("Tarjoaja Oy", "J", null, List.of(listing("offer", "Jälleenmyyjäverkosto", "SE")), List.of());
        var sameIndustry = company("Samala Oy", "C", null, List.of(listing("offer", "Jälleenmyyjät", "SE")), List.of());
        var unrelated = company("Muu Oy", "Q", null, List.of(listing("offer", "Messuosasto", "JP")), List.of());
        var circular = company(
                "Kierto Oy", "M", null, List.of(), List.of(listing("seek", "Kiertotalouden yhteiskehitys", null)));
        var offersCircular = company(
                "Kiertäjä Oy",
                "F",
                null,
                List.of(listing("offer", "Kiertotalouden yhteiskehitys purkupuusta", null)),
                List.of());
        var found = matching.coInnovation(me, List.of(me, answers, sameIndustry, unrelated), TODAY);
        assertThat(found).extracting(Suggestion::companyName).containsExactly("Tarjoaja Oy");
        assertThat(found.getFirst().reasonArguments().get(0)).isEqualTo("Etsimme jälleenmyyjää");

        var byWords = matching.coInnovation(circular, List.of(offersCircular, unrelated), TODAY);
        assertThat(byWords).extracting(Suggestion::companyName).containsExactly("Kiertäjä Oy");
        // The other way round: our offer answers their seek.
        var reverse = matching.coInnovation(offersCircular, List.of(circular), TODAY);
        assertThat(reverse.getFirst().reasonKey()).isEqualTo("contacts.reason.co-innovation.seek");
    }
}
