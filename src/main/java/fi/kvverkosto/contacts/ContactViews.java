package fi.kvverkosto.contacts;

import fi.kvverkosto.contacts.CompanyView.ExperienceView;
import fi.kvverkosto.contacts.CompanyView.ListingView;
import fi.kvverkosto.contacts.CompanyView.PersonView;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The one place that decides what of a record an audience sees. Pages, the JSON API, search results and exports all
 * turn entities into views here and nowhere else, so that a field's visibility is enforced once: a field the audience
 * may not see is null, a person whose data may no longer be used is left out (except for staff), expired offers and
 * seeks are shown to staff only, and the legal basis and consent of a person are for staff only. An archived company is
 * for staff only: {@link #visible} says whether an audience sees a company at all.
 */
final class ContactViews {

    private ContactViews() {}

    static CompanyView company(Company c, Audience audience, LocalDate today, List<Person> people) {
        boolean staff = audience == Audience.STAFF;
        boolean experiences = c.visibilityOf(CompanyField.EXPERIENCES).visibleTo(audience);
        boolean listings = c.visibilityOf(CompanyField.LISTINGS).visibleTo(audience);
        return new CompanyView(
                c.id(),
                c.businessId(),
                c.name(),
                value(c, CompanyField.MUNICIPALITY, audience, c.municipalityCode()),
                value(c, CompanyField.INDUSTRY, audience, c.industryCode()),
                value(
                        c,
                        CompanyField.SIZE,
                        audience,
                        c.sizeClass() == null ? null : c.sizeClass().code()),
                value(c, CompanyField.WEBSITE, audience, c.website()),
                value(c, CompanyField.LANGUAGES, audience, c.languages()),
                value(c, CompanyField.DESCRIPTION, audience, c.description()),
                experiences
                        ? c.experiences().stream().map(ContactViews::experience).toList()
                        : null,
                listings ? listings(c, Listing.OFFER, staff, today) : null,
                listings ? listings(c, Listing.SEEK, staff, today) : null,
                people == null
                        ? null
                        : people.stream()
                                .filter(p -> p.visibleTo(audience))
                                .map(p -> person(p, audience))
                                .filter(p -> p != null)
                                .toList(),
                c.demo() ? Boolean.TRUE : (staff ? Boolean.FALSE : null),
                staff ? c.version() : null,
                staff ? c.reviewedAt() : null,
                staff ? c.archivedAt() : null);
    }

    /** Whether the audience sees the company at all: an archived one only staff do. */
    static boolean visible(Company c, Audience audience) {
        return audience == Audience.STAFF || !c.archived();
    }

    /**
     * A person as the audience sees them, or null when they may not see the person at all: when the data may no longer
     * be used (staff excepted) or the audience may not see the name (a role or an e-mail without a name helps nobody).
     */
    static PersonView person(Person p, Audience audience) {
        if (!p.visibleTo(audience)) {
            return null;
        }
        boolean staff = audience == Audience.STAFF;
        if (!staff && !p.visibilityOf(PersonField.NAME).visibleTo(audience)) {
            return null;
        }
        return new PersonView(
                p.id(),
                value(p, PersonField.NAME, audience, p.name()),
                value(p, PersonField.ROLE, audience, p.role()),
                value(p, PersonField.EMAIL, audience, p.email()),
                value(p, PersonField.PHONE, audience, p.phone()),
                value(p, PersonField.LANGUAGES, audience, p.languages()),
                staff ? p.legalBasis().code() : null,
                staff ? p.consentPurpose() : null,
                staff ? p.consentGivenOn() : null,
                staff ? p.consentSource() : null,
                staff ? p.consentWithdrawnAt() : null,
                staff ? p.erasedAt() : null,
                staff ? p.version() : null);
    }

    private static ExperienceView experience(Experience e) {
        return new ExperienceView(e.market(), e.mode().code(), e.sinceYear(), e.industryCode(), e.summary());
    }

    private static List<ListingView> listings(Company c, String kind, boolean staff, LocalDate today) {
        return c.listings().stream()
                .filter(l -> l.kind().equals(kind))
                .filter(l -> staff || l.activeOn(today))
                .sorted(Comparator.comparing(Listing::expiresOn))
                .map(l -> new ListingView(l.kind(), l.summary(), l.market(), l.industryCode(), l.expiresOn()))
                .toList();
    }

    private static <T> T value(Company c, CompanyField field, Audience audience, T value) {
        return c.visibilityOf(field).visibleTo(audience) ? value : null;
    }

    private static <T> T value(Person p, PersonField field, Audience audience, T value) {
        return p.visibilityOf(field).visibleTo(audience) ? value : null;
    }
}
