package fi.kvverkosto.directory;

import fi.kvverkosto.shared.BackgroundTasks;
import fi.kvverkosto.shared.BackgroundTasks.Progress;
import fi.kvverkosto.shared.IndexLayout;
import fi.kvverkosto.shared.KvProperties;
import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the search index whole beyond what Hibernate Search does on each change: rebuilds it on an admin's request
 * (a background task with progress), builds it on start-up when it is empty but the database is not (first start on an
 * existing database, a deleted index folder), and refreshes every service's document when reference data they are
 * expanded through (terms, areas) has changed.
 */
@Service
class SearchIndexing {

    static final String TASK_KIND = "search-reindex";
    static final String SYSTEM = "system";

    private static final Logger log = LoggerFactory.getLogger(SearchIndexing.class);
    private static final int BATCH = 50;
    private static final Duration REFRESH_DEBOUNCE = Duration.ofMillis(500);

    private final EntityManagerFactory entityManagerFactory;
    private final EntityManager entityManager;
    private final ServiceListingRepository services;
    private final ServiceSearcher searcher;
    private final BackgroundTasks tasks;
    private final TransactionTemplate transactions;
    private final KvProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AtomicReference<UUID> lastReindex = new AtomicReference<>();
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private final AtomicLong refreshesScheduled = new AtomicLong();
    private final ExecutorService refresher = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("search-refresh").factory());

    SearchIndexing(
            EntityManagerFactory entityManagerFactory,
            EntityManager entityManager,
            ServiceListingRepository services,
            ServiceSearcher searcher,
            BackgroundTasks tasks,
            PlatformTransactionManager transactionManager,
            KvProperties properties,
            Clock clock,
            ApplicationEventPublisher events) {
        this.entityManagerFactory = entityManagerFactory;
        this.entityManager = entityManager;
        this.services = services;
        this.searcher = searcher;
        this.tasks = tasks;
        this.transactions = new TransactionTemplate(transactionManager);
        this.properties = properties;
        this.clock = clock;
        this.events = events;
    }

    /** What a rebuild did: the public services now in the index. */
    record Outcome(long indexed, long publicServices, Duration took) {}

    /** The index and the database side by side, for the admin page. */
    record State(long indexed, long publicServices, UUID lastTask) {

        public boolean complete() {
            return indexed == publicServices;
        }
    }

    State state() {
        return transactions.execute(status -> new State(searcher.count(), services.countPublic(), lastReindex.get()));
    }

    /**
     * Starts rebuilding the whole index as a background task and returns its id; while one runs, returns the running
     * one's id instead of starting another.
     */
    synchronized UUID startReindex(String startedBy) {
        UUID last = lastReindex.get();
        if (last != null
                && tasks.status(last).map(BackgroundTasks.TaskStatus::running).orElse(false)) {
            return last;
        }
        UUID id = tasks.start(TASK_KIND, startedBy, this::reindex);
        lastReindex.set(id);
        return id;
    }

    /**
     * Empties the index and indexes every public service again with Hibernate Search's mass indexer. Searches during the
     * rebuild see the services indexed so far: with a few hundred services it takes seconds.
     */
    Outcome reindex(Progress progress) {
        Instant started = clock.instant();
        progress.phase("directory.search-index.phase.indexing");
        try {
            Search.mapping(entityManagerFactory)
                    .scope(ServiceListing.class)
                    .massIndexer()
                    .threadsToLoadObjects(2)
                    .mergeSegmentsOnFinish(true)
                    .monitor(new ProgressMonitor(progress))
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Reindexing was interrupted", e);
        }
        layout().write();
        var state = state();
        var outcome = new Outcome(state.indexed(), state.publicServices(), Duration.between(started, clock.instant()));
        log.info(
                "Search index rebuilt: {} of {} public services indexed in {} ms",
                outcome.indexed(),
                outcome.publicServices(),
                outcome.took().toMillis());
        progress.phase("directory.search-index.phase.done", outcome.indexed());
        events.publishEvent(new DirectoryChanged());
        return outcome;
    }

    /**
     * Before the application's runners (the demo data's import among them) write anything: an empty index is of the
     * current layout whatever wrote it, so documents added to it now need no rebuild on ready.
     */
    @EventListener(ApplicationStartedEvent.class)
    void noteLayoutOfEmptyIndex() {
        if (!layout().isCurrent() && transactions.execute(status -> searcher.count()) == 0) {
            layout().write();
        }
    }

    /** On start-up: an empty index beside a database with services is rebuilt in the background. */
    @EventListener(ApplicationReadyEvent.class)
    void indexIfEmpty() {
        if (properties.runsCommand()) {
            return;
        }
        var state = state();
        if (state.indexed() == 0 && state.publicServices() > 0) {
            log.info(
                    "Search index is empty but the database has {} public services: indexing them in the background",
                    state.publicServices());
            startReindex(SYSTEM);
        } else if (state.publicServices() > 0 && !layout().isCurrent()) {
            log.info("Search index was built by an earlier version with other fields: rebuilding it in the background");
            startReindex(SYSTEM);
        } else {
            layout().write();
        }
    }

    /**
     * The version of the index's fields and analysis; raise it when they change, so that an embedded index built by an
     * earlier version is rebuilt on start. (Elasticsearch/OpenSearch deployments reindex from the admin page.)
     */
    static final int LAYOUT = 2;

    private IndexLayout layout() {
        return IndexLayout.in(properties, "kv-layout-version", LAYOUT);
    }

    /**
     * Refreshes every service's document soon, in the background, without emptying the index first: terms or areas
     * have changed, and with them what services are expanded to. Requests made while one is waiting share it.
     */
    void refreshAllSoon() {
        if (refreshPending.compareAndSet(false, true)) {
            refreshesScheduled.incrementAndGet();
            try {
                refresher.execute(() -> {
                    // One commit of an import changes many terms at once: let its events arrive, then refresh once.
                    pause(REFRESH_DEBOUNCE);
                    refreshPending.set(false);
                    try {
                        refreshAll();
                    } catch (RuntimeException e) {
                        log.warn("Refreshing the search index after a change of terms or areas failed", e);
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                refreshPending.set(false);
                log.debug("Not refreshing the search index: shutting down");
            }
        }
    }

    /** How many full refreshes have been scheduled since start: for tests. */
    long refreshesScheduled() {
        return refreshesScheduled.get();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Reads each service again and updates its document, or removes it if it is no longer public. Each batch is locked
     * while it is refreshed, so that a service saved meanwhile is indexed after the refresh and not overwritten by it.
     */
    long refreshAll() {
        long refreshed = 0;
        for (int page = 0; ; page++) {
            int number = page;
            Integer done = transactions.execute(status -> {
                var batch = services.findPageLocked(PageRequest.of(number, BATCH));
                var plan = Search.session(entityManager).indexingPlan();
                batch.forEach(plan::addOrUpdate);
                plan.execute();
                entityManager.clear();
                return batch.size();
            });
            refreshed += done;
            if (done < BATCH) {
                break;
            }
        }
        // Every document was replaced: merge the segments, which now hold mostly deleted ones, into one.
        Search.mapping(entityManagerFactory)
                .scope(ServiceListing.class)
                .workspace()
                .mergeSegments();
        log.info("Search index refreshed after a change of terms or areas: {} services", refreshed);
        events.publishEvent(new DirectoryChanged());
        return refreshed;
    }

    @PreDestroy
    void stop() throws InterruptedException {
        refresher.shutdown();
        if (!refresher.awaitTermination(10, TimeUnit.SECONDS)) {
            refresher.shutdownNow();
        }
    }

    /** Reports the mass indexer's progress to the background task: entities read of the total. */
    private static final class ProgressMonitor implements MassIndexingMonitor {

        private final Progress progress;
        private long total;

        ProgressMonitor(Progress progress) {
            this.progress = progress;
        }

        @Override
        public synchronized void addToTotalCount(long count) {
            total += count;
            progress.total(total);
        }

        @Override
        public void entitiesLoaded(long increment) {
            progress.advance(increment);
        }

        @Override
        public void documentsAdded(long increment) {}

        @Override
        public void documentsBuilt(long increment) {}

        @Override
        public void indexingCompleted() {}
    }
}
