package fi.kvverkosto.directory;

import fi.kvverkosto.shared.HibernateSettings;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the search mapping and analysis with Hibernate Search, the listener that refreshes the index (and the
 * reference data held in memory) after reference data changes, and the one that announces every committed change of
 * the directory ({@link DirectoryChanges}). The backend itself is configuration: {@code hibernate.search.backend.type} under
 * {@code spring.jpa.properties} ({@code lucene} by default; {@code elasticsearch} with
 * {@code hibernate.search.backend.uris} for Elasticsearch or OpenSearch). The analysis is defined for both.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    static final String MAPPING_CONFIGURER = "hibernate.search.mapping.configurer";
    static final String ANALYSIS_CONFIGURER = "hibernate.search.backend.analysis.configurer";

    @Bean
    HibernatePropertiesCustomizer searchCustomizer(
            ObjectProvider<SearchIndexing> indexing,
            ObjectProvider<ReferenceData> referenceDataInMemory,
            ApplicationEventPublisher events) {
        var referenceData = new ReferenceDataIndexing.Registration(
                new ReferenceDataIndexing(indexing::getObject, referenceDataInMemory::getObject));
        var changes = new DirectoryChanges.Registration(new DirectoryChanges(() -> events));
        return properties -> {
            // Other modules (contacts) add mappings of their own: keep them, whichever customiser runs first.
            HibernateSettings.addToList(properties, MAPPING_CONFIGURER, new ServiceSearchMapping());
            properties.putIfAbsent(ANALYSIS_CONFIGURER, new SearchAnalysisConfigurer());
            // Keep any integrators another module registered the same way.
            Object existing = properties.get(JpaSettings.INTEGRATOR_PROVIDER);
            properties.put(JpaSettings.INTEGRATOR_PROVIDER, (IntegratorProvider) () -> {
                List<Integrator> integrators = new ArrayList<>();
                if (existing instanceof IntegratorProvider other) {
                    integrators.addAll(other.getIntegrators());
                }
                integrators.add(referenceData);
                integrators.add(changes);
                return integrators;
            });
        };
    }
}
