package fi.kvverkosto.directory;

import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;

/**
 * Maps services onto the search index in code rather than with annotations on the entities, which other features
 * share: one index {@value #INDEX} of public services, written by {@link ServiceDocumentBridge}.
 */
class ServiceSearchMapping implements HibernateOrmSearchMappingConfigurer {

    static final String INDEX = "service";

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        var mapping = context.programmaticMapping();
        var service = mapping.type(ServiceListing.class);
        service.indexed().index(INDEX).routingBinder(new PublicServiceRouting.Binder());
        service.binder(new ServiceDocumentBridge.Binder());
        // A term's own changes (labels, its place in the hierarchy) are reference data: ReferenceDataIndexing handles
        // them, so a service is reindexed here only when its classification points to another term.
        mapping.type(ServiceClassification.class)
                .property("term")
                .indexingDependency()
                .reindexOnUpdate(ReindexOnUpdate.SHALLOW);
    }
}
