package fi.kvverkosto.directory;

import java.util.function.Supplier;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Publishes {@link DirectoryChanged} once after each committed transaction that wrote any of the directory's entities,
 * whoever wrote them (staff editing, imports, the demo data), and never after a rollback.
 *
 * <p>It listens to Hibernate ORM's entity and collection events as they are flushed, and publishes from the Spring
 * transaction's completion: by then Hibernate Search has written the changes to the index too, so that what a reader
 * finds right after the event is the new state everywhere.
 */
class DirectoryChanges
        implements PostInsertEventListener,
                PostUpdateEventListener,
                PostDeleteEventListener,
                PostCollectionRecreateEventListener,
                PostCollectionUpdateEventListener,
                PostCollectionRemoveEventListener {

    private static final String PACKAGE = DirectoryChanges.class.getPackageName() + ".";

    private final Supplier<ApplicationEventPublisher> events;

    DirectoryChanges(Supplier<ApplicationEventPublisher> events) {
        this.events = events;
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        changed(event.getPersister().getEntityName(), event.getSession());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        changed(event.getPersister().getEntityName(), event.getSession());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        changed(event.getPersister().getEntityName(), event.getSession());
    }

    @Override
    public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
        changed(event);
    }

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        changed(event);
    }

    @Override
    public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
        changed(event);
    }

    private void changed(AbstractCollectionEvent event) {
        changed(event.getAffectedOwnerEntityName(), event.getSession());
    }

    private void changed(String entityName, SharedSessionContractImplementor session) {
        // Any entity of this module (Envers' audit entities, named after theirs, only change along with them).
        if (entityName == null || !entityName.startsWith(PACKAGE)) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            boolean registered = TransactionSynchronizationManager.getSynchronizations().stream()
                    .anyMatch(s -> s instanceof AfterCommit);
            if (!registered) {
                TransactionSynchronizationManager.registerSynchronization(new AfterCommit());
            }
        } else if (session instanceof EventSource source) {
            // Outside a Spring-managed transaction: Hibernate's own completion callback.
            source.getActionQueue().registerCallback((success, s) -> {
                if (success) {
                    publish();
                }
            });
        }
    }

    private void publish() {
        events.get().publishEvent(new DirectoryChanged());
    }

    /** One per transaction that changed the directory. */
    private final class AfterCommit implements TransactionSynchronization {

        @Override
        public void afterCompletion(int status) {
            if (status == STATUS_COMMITTED) {
                publish();
            }
        }
    }

    /** Hooks the listener into Hibernate ORM as it builds the session factory. */
    static final class Registration implements Integrator {

        private final DirectoryChanges listener;

        Registration(DirectoryChanges listener) {
            this.listener = listener;
        }

        @Override
        public void integrate(
                Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
            var registry = sessionFactory.getServiceRegistry().requireService(EventListenerRegistry.class);
            registry.appendListeners(EventType.POST_INSERT, listener);
            registry.appendListeners(EventType.POST_UPDATE, listener);
            registry.appendListeners(EventType.POST_DELETE, listener);
            registry.appendListeners(EventType.POST_COLLECTION_RECREATE, listener);
            registry.appendListeners(EventType.POST_COLLECTION_UPDATE, listener);
            registry.appendListeners(EventType.POST_COLLECTION_REMOVE, listener);
        }
    }
}
