package fi.kvverkosto.contacts;

import fi.kvverkosto.contacts.CompanyView.ListingView;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * A company's public view as the search index stores it (the projectable field {@code card}): JSON of the
 * {@link CompanyView} that {@link ContactViews} makes for {@link Audience#ANONYMOUS}, with every public offer and seek.
 * A search for an anonymous visitor reads its page of companies from these, without loading an entity; those in force
 * on the day of the search are kept when read. The index holds public values only, so the card never says more than
 * the anonymous view; other audiences' results are read from the database (see {@link Contacts#search}).
 */
final class CompanyCard {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CompanyCard() {}

    static String write(CompanyView view) {
        return JSON.writeValueAsString(view);
    }

    /** The view stored in the card, with the offers and seeks in force on {@code today}. */
    static CompanyView read(String card, LocalDate today) {
        var v = JSON.readValue(card, CompanyView.class);
        return new CompanyView(
                v.id(),
                v.businessId(),
                v.name(),
                v.municipality(),
                v.industry(),
                v.size(),
                v.website(),
                v.languages(),
                v.description(),
                v.experiences(),
                inForce(v.offers(), today),
                inForce(v.seeks(), today),
                v.people(),
                v.demo(),
                v.version(),
                v.reviewedAt(),
                v.archivedAt());
    }

    private static List<ListingView> inForce(List<ListingView> listings, LocalDate today) {
        return listings == null
                ? null
                : listings.stream().filter(l -> !l.expires().isBefore(today)).toList();
    }
}
