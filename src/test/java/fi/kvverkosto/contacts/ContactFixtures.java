package fi.kvverkosto.contacts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Companies and people with every field filled, for tests; names are invented. */
final class ContactFixtures {

    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-27");

    private ContactFixtures() {}

    static CompanyInput aCompany(String businessId, String name, Map<String, String> visibility) {
        return new CompanyInput(
                businessId,
                name,
                "179",
                "C",
                "small",
                "https://example.org",
                List.of("fi", "sv"),
                "Koneistusta (testi)",
                visibility,
                List.of(new CompanyInput.ExperienceInput("SE", "export", 2012, "C", "Vientiä Ruotsiin")),
                List.of(
                        new CompanyInput.ListingInput("offer", "Kerromme Ruotsista", "SE", "C", "2027-06-30"),
                        new CompanyInput.ListingInput("seek", "Etsimme jälleenmyyjää", "DE", null, "2027-06-30")));
    }

    static PersonInput aPerson(UUID companyId, String name, Map<String, String> visibility) {
        return new PersonInput(
                companyId,
                null,
                name,
                "vientipäällikkö",
                "testi.henkilo@example.org",
                "+358 40 000 0000",
                List.of("fi", "en"),
                visibility,
                "consent",
                "Yhteyshenkilönä kv-verkostossa",
                "2026-10-01",
                "lomake");
    }

    static Company company(Map<String, String> visibility) {
        var company = new Company(UUID.randomUUID());
        company.update(aCompany("0112038-9", "Testiyhtiö Oy", visibility), false, NOW);
        return company;
    }

    static Person person(Company company, Map<String, String> visibility) {
        var person = new Person(UUID.randomUUID());
        person.update(aPerson(company.id(), "Testi Henkilö", visibility), company, false, NOW);
        return person;
    }
}
