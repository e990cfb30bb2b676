package fi.kvverkosto;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Entity;
import java.util.List;
import org.hibernate.engine.spi.PersistentAttributeInterceptable;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every entity is enhanced at build time (hibernate-maven-plugin in pom.xml, ADR 11): an entity missing from the
 * plugin's list still works, but Hibernate would make a lazy-loading proxy class for it at every start again.
 */
class EntityEnhancementTests {

    @Test
    void everyEntityIsEnhancedForLazyLoadingAtBuildTime() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
        List<String> entities = scanner.findCandidateComponents("fi.kvverkosto").stream()
                .map(definition -> definition.getBeanClassName())
                .sorted()
                .toList();
        assertThat(entities).hasSizeGreaterThanOrEqualTo(21);
        for (String name : entities) {
            assertThat(PersistentAttributeInterceptable.class.isAssignableFrom(Class.forName(name)))
                    .as("%s is enhanced (add it to the hibernate-maven-plugin's includes in pom.xml)", name)
                    .isTrue();
        }
    }
}
