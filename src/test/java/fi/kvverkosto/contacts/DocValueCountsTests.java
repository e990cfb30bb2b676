package fi.kvverkosto.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kvverkosto.DemoDataServerTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A search of filters only is counted from the index's doc values (DocValueCounts), any other by Hibernate Search's
 * aggregations: for every kind of filter, alone and together, both give the same total and the same count of every
 * facet value, on the demo companies and the companies other tests of this context have added.
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
    void countsFromTheDocValuesAreThoseOfHibernateSearch() {
        var today = contacts.today();
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
                new ContactQuery(null, "JP", "J", null, null, "offer", 1));
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
        assertThat(nonEmpty).as("searches that found companies").isGreaterThan(10);
    }
}
