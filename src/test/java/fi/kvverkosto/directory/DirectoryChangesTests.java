package fi.kvverkosto.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link DirectoryChanged} follows every committed change of the directory, once per transaction, and no rollback. */
@SpringBootTest
@RecordApplicationEvents
class DirectoryChangesTests {

    @Autowired
    CatalogExchange exchange;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void catalogue() {
        exchange.apply(CatalogFixtures.aSmallCatalogue());
        events.clear();
    }

    @Test
    void aCommittedChangeIsAnnouncedOnce() {
        try {
            exchange.apply(renamedServices("muutettu"));
            assertThat(events.stream(DirectoryChanged.class)).hasSize(1);
        } finally {
            exchange.apply(CatalogFixtures.aSmallCatalogue());
        }
    }

    @Test
    void aRolledBackChangeIsNot() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            exchange.apply(renamedServices("peruttu"));
            status.setRollbackOnly();
        });
        assertThat(events.stream(DirectoryChanged.class)).isEmpty();
    }

    @Test
    void writingNothingNewAnnouncesNothing() {
        exchange.apply(CatalogFixtures.aSmallCatalogue());
        assertThat(events.stream(DirectoryChanged.class)).isEmpty();
    }

    private static CatalogSnapshot renamedServices(String suffix) {
        var small = CatalogFixtures.aSmallCatalogue();
        var services = new ArrayList<ServiceRecord>();
        for (ServiceRecord s : small.services()) {
            services.add(new ServiceRecord(
                    s.id(),
                    s.organisationId(),
                    s.name().with(fi.kvverkosto.shared.Language.FI, s.name().fi() + " " + suffix),
                    s.description(),
                    s.url(),
                    s.email(),
                    s.status(),
                    s.alert(),
                    s.eligibility(),
                    s.fees(),
                    s.assuredDate(),
                    s.lastModified(),
                    s.areas(),
                    s.languages(),
                    s.costOptions(),
                    s.contacts(),
                    s.classifications(),
                    s.programmeId()));
        }
        return new CatalogSnapshot(small.areas(), small.taxonomies(), small.terms(), small.organisations(), services);
    }
}
