package fi.kvverkosto.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import fi.kvverkosto.shared.LocalizedText;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The directory shows the people the kv database gives for a service, and no one when nothing implements
 * {@link ServiceContactPeople} (the directory does not depend on the kv database).
 */
class ServiceContactPeopleTests {

    static final UUID SERVICE = UUID.fromString("5e7c0000-0000-4000-8000-000000000001");

    ServiceDirectory directory = mock(ServiceDirectory.class);
    SchemaOrg schemaOrg = mock(SchemaOrg.class);

    @BeforeEach
    void request() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        var detail = new ServiceDetail(
                SERVICE,
                LocalizedText.finnish("Palvelu"),
                LocalizedText.EMPTY,
                null,
                null,
                ServiceStatus.ACTIVE,
                LocalizedText.EMPTY,
                LocalizedText.EMPTY,
                LocalizedText.EMPTY,
                null,
                null,
                new OrganisationSummary(
                        UUID.randomUUID(), LocalizedText.finnish("Järjestäjä"), null, null, List.of(), 1),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Map.of());
        when(directory.service(SERVICE)).thenReturn(Optional.of(detail));
        when(schemaOrg.service(eq(detail), any(), any(), any())).thenReturn("{}");
    }

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void withoutAnImplementationTheServicePageShowsNoOne() {
        var none = new StaticListableBeanFactory().getBeanProvider(ServiceContactPeople.class);
        var model = new ExtendedModelMap();
        new DirectoryPagesController(directory, schemaOrg, none).service(SERVICE.toString(), Locale.of("fi"), model);
        assertThat(model.get("contactPeople")).isEqualTo(List.of());
    }

    @Test
    void withAnImplementationThePageGetsItsPeopleForTheService() {
        var person =
                new ServiceContactPeople.ContactPerson(UUID.randomUUID(), "Nimi", null, "Yritys Oy", null, null, null);
        ServiceContactPeople people = (service, viewer) -> service.equals(SERVICE) ? List.of(person) : List.of();
        var factory = new StaticListableBeanFactory(Map.of("people", people));
        var model = new ExtendedModelMap();
        new DirectoryPagesController(directory, schemaOrg, factory.getBeanProvider(ServiceContactPeople.class))
                .service(SERVICE.toString(), Locale.of("fi"), model);
        assertThat(model.get("contactPeople")).isEqualTo(List.of(person));
    }
}
