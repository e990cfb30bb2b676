package fi.kvverkosto.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kvverkosto.DemoDataServerTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the search index answers alone equals what the database says: an anonymous page of results read from the index's
 * cards is the anonymous view of the companies, and suggestions from the index's candidates are those of
 * {@link Matching} over every company (as they were computed before: every company read for each request).
 */
@DemoDataServerTest
class ContactSearchIndexTests {

    @Autowired
    Contacts contacts;

    @Autowired
    CompanyRepository companies;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ContactSearch search;

    @Test
    void anAnonymousPageFromTheIndexIsTheAnonymousViewOfTheCompanies() {
        var today = contacts.today();
        for (var query : List.of(
                ContactQuery.all(),
                new ContactQuery(null, "SE", null, null, null, null, 1),
                new ContactQuery(null, null, null, null, null, "offer", 1),
                new ContactQuery(null, null, null, null, null, null, 2))) {
            var found = contacts.search(query, Audience.ANONYMOUS, Locale.ENGLISH);
            assertThat(found.companies()).as("%s", query).isNotEmpty();
            transactions.executeWithoutResult(status -> {
                for (var view : found.companies()) {
                    var company = companies.findById(view.id()).orElseThrow();
                    assertThat(view).isEqualTo(ContactViews.company(company, Audience.ANONYMOUS, today, null));
                }
            });
        }
    }

    @Test
    void suggestionsFromTheIndexAreThoseOfMatchingOverEveryCompany() {
        var today = contacts.today();
        var matching = new Matching();
        int compared = 0;
        for (var company : transactions.execute(status -> companies.findAll().stream()
                .map(c -> ContactViews.company(c, Audience.ANONYMOUS, today, null))
                .toList())) {
            var others = transactions.execute(status -> companies.findAll().stream()
                    .map(c -> ContactViews.company(c, Audience.ANONYMOUS, today, null))
                    .sorted(Comparator.comparing(CompanyView::name))
                    .toList());
            for (String market : new String[] {null, "SE", "DE"}) {
                var expected = matching.peers(company, others, market);
                var actual = contacts.suggestions(company.id(), market, Locale.ENGLISH)
                        .orElseThrow();
                // Companies equal in the order's keys (earliest experience, name) may come in either order, and either
                // may be the last one shown: compare the keys in order, which are the same whatever the tie-break.
                assertThat(keys(ids(actual.peers()), others))
                        .as("peers of %s, %s", company.name(), market)
                        .isEqualTo(keys(
                                expected.stream().map(Suggestion::companyId).toList(), others));
                compared += expected.size();
                if (market == null) {
                    assertThat(ids(actual.coInnovation()))
                            .as("co-innovation of %s", company.name())
                            .isEqualTo(matching.coInnovation(company, others, today).stream()
                                    .map(Suggestion::companyId)
                                    .toList());
                }
            }
        }
        assertThat(compared).isPositive();
    }

    /** Facet counts and totals are kept by filters, pages by their whole query, and forgotten when the index changes. */
    @Test
    @org.springframework.security.test.context.support.WithMockUser(roles = fi.kvverkosto.identity.Roles.EDITOR)
    void keptCountsAndPagesAreForgottenWhenACompanyIsWritten() {
        var query = new ContactQuery(null, "IS", null, null, null, null, 1);
        var first = contacts.search(query, Audience.ANONYMOUS, Locale.ENGLISH);
        long before = first.total();
        var kept = contacts.search(query, Audience.ANONYMOUS, Locale.ENGLISH);
        assertThat(kept.total()).isEqualTo(before);
        assertThat(kept.companies()).isEqualTo(first.companies());
        exporter("Islanninvienti Oy", "IS", 2020);
        var after = contacts.search(query, Audience.ANONYMOUS, Locale.ENGLISH);
        assertThat(after.total()).isEqualTo(before + 1);
        assertThat(after.facets().get("market"))
                .anySatisfy(f -> assertThat(f.value() + "=" + f.count()).isEqualTo("IS=" + (before + 1)));
        assertThat(after.companies()).anySatisfy(c -> assertThat(c.name()).isEqualTo("Islanninvienti Oy"));
    }

    /** After a change, the searches made recently are counted again in the background, with the change in them. */
    @Test
    @org.springframework.security.test.context.support.WithMockUser(roles = fi.kvverkosto.identity.Roles.EDITOR)
    void recentSearchesAreCountedAgainAfterAChange() throws InterruptedException {
        var today = contacts.today();
        var query = new ContactQuery(null, "LV", null, null, null, null, 1);
        long before = contacts.search(query, Audience.ANONYMOUS, Locale.ENGLISH).total();
        assertThat(search.kept(query, today)).isTrue();
        exporter("Latvianvienti Oy", "LV", 2021);
        for (int i = 0; i < 100 && !search.kept(query, today); i++) {
            Thread.sleep(100);
        }
        assertThat(search.kept(query, today)).as("counted again within 10 s").isTrue();
        assertThat(contacts.search(query, Audience.ANONYMOUS, Locale.ENGLISH).total())
                .isEqualTo(before + 1);
    }

    /**
     * The text is one field with the Finnish, Swedish and English analyses stacked ({@code kv_all}): a word is found in
     * any of its forms in the three languages, and all the words of a search must be found.
     */
    @Test
    @org.springframework.security.test.context.support.WithMockUser(roles = fi.kvverkosto.identity.Roles.EDITOR)
    void wordsAreFoundInTheirFinnishSwedishAndEnglishForms() {
        MultilingualCompany.savedIsFoundByItsWords(contacts, this::names);
    }

    private List<String> names(String words) {
        return contacts
                .search(new ContactQuery(words, null, null, null, null, null, 1), Audience.ANONYMOUS, Locale.ENGLISH)
                .companies()
                .stream()
                .map(CompanyView::name)
                .toList();
    }

    /** Saves a company of Jyväskylä in manufacturing with export experience of the market. */
    private void exporter(String name, String market, int since) {
        var outcome = contacts.createCompany(new CompanyInput(
                null,
                name,
                "179",
                "C",
                null,
                null,
                List.of(),
                null,
                java.util.Map.of(),
                List.of(new CompanyInput.ExperienceInput(market, "export", since, null, null)),
                List.of()));
        assertThat(outcome).isInstanceOf(Contacts.Outcome.Saved.class);
    }

    /** Each company's place in the peers' order: its earliest experience and its name. */
    static List<String> keys(List<UUID> ids, List<CompanyView> companies) {
        var keys = new ArrayList<String>();
        for (UUID id : ids) {
            var company = companies.stream()
                    .filter(c -> c.id().equals(id))
                    .findFirst()
                    .orElseThrow();
            keys.add(Matching.ContactViewsSort.earliest(company) + " " + company.name());
        }
        return keys;
    }

    static List<UUID> ids(List<Contacts.Said> said) {
        var ids = new ArrayList<UUID>();
        said.forEach(s -> ids.add(s.companyId()));
        return ids;
    }
}
