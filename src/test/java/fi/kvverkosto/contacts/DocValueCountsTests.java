package fi.kvverkosto.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kvverkosto.DemoDataServerTest;
import fi.kvverkosto.identity.Roles;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the embedded Lucene backend every search is counted from the index's doc values (DocValueCounts), on any other by
 * Hibernate Search's aggregations: for every kind of filter, alone and together, and for words (of each language,
 * inflected, with the simple query string's operators, with filters, matching nothing), both give the same total, the
 * same count of every facet value and the same page, on the demo companies and the companies other tests of this
 * context have added. A search without words takes its page by name from the counting itself: its pages must be
 * Hibernate Search's, names that tie and archived companies included.
 */
@DemoDataServerTest
class DocValueCountsTests {

    @Autowired
    ContactSearch search;

    @Autowired
    Contacts contacts;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

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

    @Test
    @WithMockUser(roles = Roles.EDITOR)
    void pagesByNameFromTheCountingAreThoseOfHibernateSearch() {
        var today = contacts.today();
        // One name four times (ties, broken by index order), first of all names, each written in a transaction of its
        // own (so in segments of their own until merged); one hides its industry, one is archived. No listings, and
        // the very same name: the suggestions' tests of this context compare their order by name.
        var tied = new java.util.ArrayList<java.util.UUID>();
        for (int i = 0; i < 4; i++) {
            var company =
                    ContactFixtures.aCompany(null, "Aaaa Sama Oy", i == 2 ? Map.of("industry", "STAFF") : Map.of());
            tied.add(saved(contacts.createCompany(new CompanyInput(
                    company.businessId(),
                    company.name(),
                    company.municipality(),
                    company.industry(),
                    company.size(),
                    company.website(),
                    company.languages(),
                    company.description(),
                    company.visibility(),
                    company.experiences(),
                    List.of()))));
        }
        var hiddenIndustry = tied.get(2);
        var archived = tied.removeLast();
        assertThat(contacts.archiveCompany(archived, version(archived))).isInstanceOf(Contacts.Outcome.Saved.class);
        try {
            pagesByName(today, tied, hiddenIndustry, archived);
        } finally {
            // The suggestions' tests of this context compare the index with every company of the database.
            contacts.restoreCompany(archived, version(archived));
        }
    }

    private void pagesByName(
            LocalDate today, List<java.util.UUID> tied, java.util.UUID hiddenIndustry, java.util.UUID archived) {

        var queries = new java.util.ArrayList<ContactQuery>();
        for (int page : new int[] {1, 2, 3}) {
            queries.add(new ContactQuery(null, null, null, null, null, null, page));
            queries.add(new ContactQuery(null, "SE", null, null, null, null, page));
            queries.add(new ContactQuery(null, "region-nordics", null, null, "export", null, page));
            queries.add(new ContactQuery(null, null, "C", null, null, null, page));
            queries.add(new ContactQuery(null, null, null, "179", null, null, page));
            queries.add(new ContactQuery(null, null, null, null, null, "offer", page));
            queries.add(new ContactQuery(null, null, null, null, null, null, "179", 30, page));
        }
        // Beyond the last page, beyond what the counting takes a page of (Hibernate Search's page), and no match.
        queries.add(new ContactQuery(null, "SE", null, null, null, null, 400));
        queries.add(new ContactQuery(null, null, null, null, null, null, 600));
        queries.add(new ContactQuery(null, "JP", "J", "992", "export", "seek", 1));

        for (var query : queries) {
            ContactSearch.Hits fromCounting = transactions.execute(status -> search.countedFromDocValues(query, today));
            ContactSearch.Hits fromHibernateSearch = transactions.execute(status -> search.count(query, today));
            assertThat(fromCounting.total()).as("total of %s", query).isEqualTo(fromHibernateSearch.total());
            assertThat(fromCounting.ids()).as("page of %s", query).isEqualTo(fromHibernateSearch.ids());
            assertThat(fromCounting.hits()).as("cards of %s", query).isEqualTo(fromHibernateSearch.hits());
            assertThat(fromCounting.ids()).as("page of %s", query).doesNotContain(archived);
        }
        var first = transactions.execute(
                status -> search.countedFromDocValues(new ContactQuery(null, "SE", null, null, null, null, 1), today));
        assertThat(first.ids()).as("the tied names, on the first page").contains(tied.toArray(java.util.UUID[]::new));
        var industry = transactions.execute(
                status -> search.countedFromDocValues(new ContactQuery(null, null, "C", null, null, null, 1), today));
        assertThat(industry.ids()).as("a hidden industry").doesNotContain(hiddenIndustry);
        assertThat(industry.ids()).contains(tied.get(0), tied.get(1));
        assertThat(transactions
                        .execute(status -> search.countedFromDocValues(
                                new ContactQuery(null, "JP", "J", "992", "export", "seek", 1), today))
                        .total())
                .isZero();

        // Each audience sees the page's companies as its view of them, in the page's order.
        for (var audience : Audience.values()) {
            for (var query : queries.subList(0, 6)) {
                search.changed();
                var expected = transactions.execute(
                        status -> search.count(query, today).ids());
                var result = contacts.search(query, audience, java.util.Locale.of("fi"));
                assertThat(result.companies().stream().map(CompanyView::id).toList())
                        .as("%s sees the page of %s", audience, query)
                        .isEqualTo(expected);
            }
        }
    }

    private static java.util.UUID saved(Contacts.Outcome outcome) {
        assertThat(outcome).isInstanceOf(Contacts.Outcome.Saved.class);
        return ((Contacts.Outcome.Saved) outcome).id();
    }

    private long version(java.util.UUID company) {
        return jdbc.queryForObject("select version from contacts_company where id = ?", Long.class, company);
    }

    private static ContactQuery words(String q) {
        return new ContactQuery(q, null, null, null, null, null, 1);
    }
}
