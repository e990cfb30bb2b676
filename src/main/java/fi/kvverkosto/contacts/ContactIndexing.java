package fi.kvverkosto.contacts;

import fi.kvverkosto.shared.IndexLayout;
import fi.kvverkosto.shared.KvProperties;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the companies' index ({@value Company#INDEX}) when it does not match the database: on start, when the index
 * holds another number of companies than the database (a database loaded from elsewhere, an index deleted) or was
 * built by an earlier version with other fields, it is rebuilt in the background with Hibernate Search's mass indexer.
 * Also indexes companies written outside Hibernate (the CSV import's rows, see {@link ContactImport}) in batches.
 */
@Component
class ContactIndexing {

    private static final Logger log = LoggerFactory.getLogger(ContactIndexing.class);

    /** The index's fields; raise it when {@link ContactSearchMapping} changes them, and the index is rebuilt. */
    static final int LAYOUT = 4;

    private final EntityManagerFactory entityManagerFactory;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final KvProperties properties;
    private final ContactSearch search;
    private final boolean rebuildOnStart;

    ContactIndexing(
            EntityManagerFactory entityManagerFactory,
            EntityManager entityManager,
            PlatformTransactionManager transactionManager,
            KvProperties properties,
            ContactSearch search,
            @Value("${kv.contacts.rebuild-index-on-start:true}") boolean rebuildOnStart) {
        this.search = search;
        this.rebuildOnStart = rebuildOnStart;
        this.entityManagerFactory = entityManagerFactory;
        this.entityManager = entityManager;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.properties = properties;
    }

    /** Before the demo data is imported: an empty index is of the current layout, whatever wrote it. */
    @EventListener(ApplicationStartedEvent.class)
    void noteLayoutOfEmptyIndex() {
        if (!layout().isCurrent() && indexed() == 0) {
            layout().write();
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void indexIfNeeded() {
        if (properties.runsCommand() || !rebuildOnStart) {
            return;
        }
        long companies = transactions.execute(status -> entityManager
                .createQuery("select count(c) from Company c where c.archivedAt is null", Long.class)
                .getSingleResult());
        long indexed = indexed();
        if (companies > 0 && (indexed != companies || !layout().isCurrent())) {
            log.info(
                    "Companies' search index holds {} of {} companies or has other fields: rebuilding it in the"
                            + " background",
                    indexed,
                    companies);
            Thread.ofPlatform().name("contacts-indexing").daemon().start(this::rebuild);
        }
    }

    /**
     * Empties the index and indexes every company again: ids read 1,000 at a time, companies loaded
     * {@link Company#BATCH} at a time with their collections (one query each), on two threads.
     */
    void rebuild() {
        long started = System.nanoTime();
        search.rebuilding(true);
        try {
            Search.mapping(entityManagerFactory)
                    .scope(Company.class)
                    .massIndexer()
                    .threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(Company.BATCH)
                    .idFetchSize(1_000)
                    .mergeSegmentsOnFinish(true)
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } finally {
            search.rebuilding(false);
        }
        layout().write();
        log.info(
                "Companies' search index rebuilt: {} companies in {} ms",
                indexed(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Indexes companies written without Hibernate Search seeing it (the import's JDBC or COPY writes), after their
     * transaction has committed: {@link Company#BATCH} at a time, each batch in its own transaction and read in one
     * query per table.
     */
    void index(Collection<UUID> ids) {
        List<UUID> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += Company.BATCH * 10) {
            var chunk = all.subList(from, Math.min(all.size(), from + Company.BATCH * 10));
            transactions.executeWithoutResult(status -> {
                var session = Search.session(entityManager);
                entityManager
                        .createQuery("select c from Company c where c.id in :ids", Company.class)
                        .setParameter("ids", chunk)
                        .getResultList()
                        .forEach(c -> session.indexingPlan().addOrUpdate(c));
            });
            search.changed();
        }
    }

    /** Imports up to this many companies are indexed before the import answers; larger ones in the background. */
    static final int INDEX_NOW = 5_000;

    /**
     * Indexes the companies of one import, all last modified at {@code modified}: a few thousand at once
     * ({@link #index}), more with the mass indexer in the background, which reads them in batches by that instant
     * (without emptying the index) on two threads. The log says when they are searchable.
     */
    void indexImported(Collection<UUID> ids, java.time.Instant modified) {
        if (ids.size() <= INDEX_NOW) {
            index(ids);
            return;
        }
        Thread.ofPlatform().name("contacts-import-indexing").daemon().start(() -> {
            long started = System.nanoTime();
            var indexer = Search.mapping(entityManagerFactory)
                    .scope(Company.class)
                    .massIndexer()
                    .purgeAllOnStart(false)
                    .dropAndCreateSchemaOnStart(false)
                    .mergeSegmentsOnFinish(false)
                    .threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(Company.BATCH)
                    .idFetchSize(1_000);
            indexer.type(Company.class)
                    .reindexOnly("e.lastModified = :modified")
                    .param("modified", modified);
            try {
                indexer.startAndWait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                search.changed();
            }
            log.info("Imported companies indexed: {} in {} ms", ids.size(), (System.nanoTime() - started) / 1_000_000);
        });
    }

    private long indexed() {
        return transactions.execute(status -> Search.session(entityManager)
                .search(Company.class)
                .where(f -> f.matchAll())
                .fetchTotalHitCount());
    }

    private IndexLayout layout() {
        return IndexLayout.in(properties, "kv-contacts-layout-version", LAYOUT);
    }
}
