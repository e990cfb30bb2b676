package fi.kvverkosto.contacts;

import fi.kvverkosto.directory.CatalogReader;
import fi.kvverkosto.directory.ServiceContactPeople;
import fi.kvverkosto.shared.LocalizedText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kv database's people on the directory's service pages: who is the contact for a service, projected for the viewer
 * by {@link ContactViews} like every other view of a person. Only people whose data may be used are read (checked in
 * the query, so that a consent withdrawal or an erasure takes effect with its commit), for staff too: a service page is
 * not the place to see a withdrawn record.
 */
@Component
@Transactional(readOnly = true)
class ServiceContacts implements ServiceContactPeople {

    private final PersonRepository people;
    private final CatalogReader catalog;

    ServiceContacts(PersonRepository people, CatalogReader catalog) {
        this.people = people;
        this.catalog = catalog;
    }

    @Override
    public List<ContactPerson> contactPeople(UUID serviceId, Authentication viewer) {
        var audience = Audience.of(viewer);
        var found = people.findUsableByService(serviceId);
        Map<UUID, LocalizedText> organisations = new HashMap<>();
        var organisationIds = found.stream()
                .map(Person::organisationId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        if (!organisationIds.isEmpty()) {
            catalog.organisations(organisationIds).forEach((id, o) -> organisations.put(id, o.name()));
        }
        return found.stream()
                .map(p -> {
                    var view = ContactViews.person(p, audience);
                    if (view == null) {
                        return null;
                    }
                    return new ContactPerson(
                            p.id(),
                            view.name(),
                            view.role(),
                            p.company() == null ? null : p.company().name(),
                            p.organisationId() == null ? null : organisations.get(p.organisationId()),
                            view.email(),
                            view.phone());
                })
                .filter(Objects::nonNull)
                .toList();
    }
}
