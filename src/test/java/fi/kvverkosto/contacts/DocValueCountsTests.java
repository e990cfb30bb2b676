package fi.kvverkosto.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kvverkosto.DemoDataServerTest;
import fi.kvverkosto.identity.Roles;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the embedded Lucene backend every search is counted from the index's doc values (DocValueCounts), on any other by
 * Hibernate Search's aggregations: for every kind of filter, alone and together, and for words (of each language,
 * inflected, with the simple query string's operators, with filters, matching nothing), both give the same total, the
 * same count of every facet value and the same page, on the demo companies and the companies other tests of this
 * context have added.
 */
@DemoDataServerTest
class DocValueCountsTests {

    @Autowired
    ContactSearch search;

    @Autowired
    Contacts contacts;

    @Autowired
    TransactionTemplate transactions;

    @Test
    @WithMockUser(roles = Roles.EDITOR)
    void countsFromTheDocValuesAreThoseOfHibernateSearch() {
        var today = contacts.today();
        // Words each language's analysis alone brings together with this company's: "industries" its English
        // "Industrial", "knives" its Swedish "knivar" (as "Ruotsi" the Finnish "Ruotsiin" of the demo companies).
        var outcome = contacts.createCompany(new CompanyInput(
                null,
                "Monikieli Oy",
                "179",
                "C",
                null,
                null,
                List.of(),
                "Industrial knivar.",
                java.util.Map.of(),
                List.of(),
                List.of()));
        assertThat(outcome).isInstanceOf(Contacts.Outcome.Saved.class);
        var queries = List.of(
                ContactQuery.all(),
                new ContactQuery(null, "SE", null, null, null, null, 1),
                new ContactQuery(null, "region-nordics", null, null, null, null, 1),
                new ContactQuery(null, "DE", null, null, "export", null, 1),
                new ContactQuery(null, "region-nordics", null, null, "partner", null, 1),
                new ContactQuery(null, null, "C", null, null, null, 1),
                new ContactQuery(null, null, null, "179", null, null, 1),
                new ContactQuery(null, null, null, null, "sourcing", null, 1),
                new ContactQuery(null, null, null, null, null, "offer", 1),
                new ContactQuery(null, null, null, null, null, "seek", 1),
                new ContactQuery(null, "SE", "C", "179", "export", null, 2),
                new ContactQuery(null, "DE", "C", null, null, null, "182", 60, 1),
                new ContactQuery(null, null, null, null, null, null, "179", 30, 1),
                new ContactQuery(null, "JP", "J", null, null, "offer", 1),
                words("vienti"),
                words("vienti Saksaan"),
                words("Ruotsi"),
                words("viennin Saksassa"),
                words("tytäryhtiöt"),
                words("jälleenmyyjä"),
                words("industries"),
                words("knives"),
                words("industries knives"),
                words("exempel"),
                words("examples"),
                words("9900370-2"),
                words("ESIMERKKI"),
                words("Oy"),
                words("vienti -Saksaan"),
                words("vienti | tytäryhtiö"),
                words("\"vienti Ruotsiin\""),
                words("kemia*"),
                words("Ruotsin~1"),
                words("ja"),
                words("zzzqqx"),
                new ContactQuery("vienti", "SE", null, null, null, null, 1),
                new ContactQuery("Ruotsiin", null, "C", null, null, null, 1),
                new ContactQuery("ESIMERKKI", "region-nordics", null, null, "export", "offer", 1),
                new ContactQuery("ESIMERKKI", null, null, null, null, null, 2),
                new ContactQuery("vienti", null, null, null, null, null, "179", 60, 1));
        int nonEmpty = 0;
        for (var query : queries) {
            ContactSearch.Hits fromDocValues =
                    transactions.execute(status -> search.countedFromDocValues(query, today));
            ContactSearch.Hits fromAggregations = transactions.execute(status -> search.count(query, today));
            assertThat(fromDocValues)
                    .as("%s: the embedded Lucene backend", query)
                    .isNotNull();
            assertThat(fromDocValues.total()).as("total of %s", query).isEqualTo(fromAggregations.total());
            assertThat(fromDocValues.counts()).as("counts of %s", query).isEqualTo(fromAggregations.counts());
            assertThat(fromDocValues.ids()).as("page of %s", query).isEqualTo(fromAggregations.ids());
            if (fromDocValues.total() > 0) {
                nonEmpty++;
            }
        }
        assertThat(nonEmpty).as("searches that found companies").isGreaterThan(30);
    }

    private static ContactQuery words(String q) {
        return new ContactQuery(q, null, null, null, null, null, 1);
    }
}
