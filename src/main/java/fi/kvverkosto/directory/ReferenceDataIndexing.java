package fi.kvverkosto.directory;

import java.util.function.Supplier;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCommitDeleteEventListener;
import org.hibernate.event.spi.PostCommitInsertEventListener;
import org.hibernate.event.spi.PostCommitUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Refreshes the search index and the reference data held in memory ({@link ReferenceData}) after a committed change of
 * taxonomies, terms or areas. Service documents are expanded through terms and areas (a term's labels, a region's
 * countries, a sub-region's municipalities, the list of all industries), but they are reference data outside each
 * service's own graph, so Hibernate Search does not follow them by itself.
 *
 * <p>Registered with Hibernate ORM as post-commit listeners (see {@link SearchConfiguration}); a rolled-back change
 * refreshes nothing.
 */
class ReferenceDataIndexing
        implements PostCommitInsertEventListener, PostCommitUpdateEventListener, PostCommitDeleteEventListener {

    private final Supplier<SearchIndexing> indexing;
    private final Supplier<ReferenceData> referenceData;

    ReferenceDataIndexing(Supplier<SearchIndexing> indexing, Supplier<ReferenceData> referenceData) {
        this.indexing = indexing;
        this.referenceData = referenceData;
    }

    static boolean isReferenceData(Class<?> type) {
        return Taxonomy.class.isAssignableFrom(type) || expandsDocuments(type);
    }

    /** Whether service documents are expanded through this type (a taxonomy itself is only its key and name). */
    static boolean expandsDocuments(Class<?> type) {
        return TaxonomyTerm.class.isAssignableFrom(type) || Area.class.isAssignableFrom(type);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return isReferenceData(persister.getMappedClass());
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        changed(event.getEntity());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        changed(event.getEntity());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        changed(event.getEntity());
    }

    @Override
    public void onPostInsertCommitFailed(PostInsertEvent event) {}

    @Override
    public void onPostUpdateCommitFailed(PostUpdateEvent event) {}

    @Override
    public void onPostDeleteCommitFailed(PostDeleteEvent event) {}

    private void changed(Object entity) {
        if (entity != null && isReferenceData(entity.getClass())) {
            referenceData.get().invalidate();
            if (expandsDocuments(entity.getClass()) && !TransactionSynchronizationManager.hasResource(ALL_INDEXED)) {
                indexing.get().refreshAllSoon();
            }
        }
    }

    /** Marks a transaction in which every service is indexed, see {@link #servicesIndexedInThisTransaction()}. */
    private static final Object ALL_INDEXED = ReferenceDataIndexing.class.getName() + ".ALL_INDEXED";

    /**
     * Tells that the current transaction writes every service there is (an import into an empty directory), so that
     * each document is built in it, after its areas and terms, and its changes of them need no refresh of the index
     * when it commits. (Hibernate ORM runs the post-commit listeners while the transaction's resources are bound.)
     */
    static void servicesIndexedInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.hasResource(ALL_INDEXED)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(ALL_INDEXED, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(ALL_INDEXED);
            }
        });
    }

    /** Hooks the listener into Hibernate ORM as it builds the session factory. */
    static final class Registration implements Integrator {

        private final ReferenceDataIndexing listener;

        Registration(ReferenceDataIndexing listener) {
            this.listener = listener;
        }

        @Override
        public void integrate(
                Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
            var registry = sessionFactory.getServiceRegistry().requireService(EventListenerRegistry.class);
            registry.appendListeners(EventType.POST_COMMIT_INSERT, listener);
            registry.appendListeners(EventType.POST_COMMIT_UPDATE, listener);
            registry.appendListeners(EventType.POST_COMMIT_DELETE, listener);
            var forgetting = new DirectoryHierarchy.Forgetting();
            registry.appendListeners(EventType.POST_INSERT, forgetting);
            registry.appendListeners(EventType.POST_UPDATE, forgetting);
            registry.appendListeners(EventType.POST_DELETE, forgetting);
        }
    }
}
