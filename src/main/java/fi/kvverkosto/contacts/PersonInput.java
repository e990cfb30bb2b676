package fi.kvverkosto.contacts;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A person as staff give them, as typed (checked by {@link ContactValidation}).
 *
 * @param companyId the company of the kv database the person works for, or null
 * @param organisationId the directory's organisation the person works for, or null
 * @param legalBasis {@code consent} or {@code legitimate-interest}
 * @param consentGivenOn ISO date the consent was given (or the interest assessed)
 * @param consentSource where it was given: a form, an e-mail, an event
 * @param visibility field ({@link PersonField}, e.g. {@code email}) to {@code PUBLIC}, {@code MEMBERS} or {@code STAFF}
 */
public record PersonInput(
        UUID companyId,
        UUID organisationId,
        String name,
        String role,
        String email,
        String phone,
        List<String> languages,
        Map<String, String> visibility,
        String legalBasis,
        String consentPurpose,
        String consentGivenOn,
        String consentSource) {

    public PersonInput {
        name = CompanyInput.clean(name);
        role = CompanyInput.clean(role);
        email = CompanyInput.clean(email);
        phone = CompanyInput.clean(phone);
        legalBasis = CompanyInput.clean(legalBasis);
        consentPurpose = CompanyInput.clean(consentPurpose);
        consentGivenOn = CompanyInput.clean(consentGivenOn);
        consentSource = CompanyInput.clean(consentSource);
        languages = CompanyInput.languages(languages);
        visibility = visibility == null ? Map.of() : Map.copyOf(visibility);
    }

    LegalBasis basis() {
        return LegalBasis.fromCode(legalBasis).orElseThrow();
    }

    LocalDate givenOn() {
        // As checked (ContactValidation.date, which reads the common form without the formatter); a checked input
        // has a valid date.
        return consentGivenOn == null ? null : java.util.Objects.requireNonNull(ContactValidation.date(consentGivenOn));
    }

    Map<PersonField, Visibility> fieldVisibility() {
        var map = new EnumMap<PersonField, Visibility>(PersonField.class);
        visibility.forEach((field, level) -> map.put(
                PersonField.valueOf(field.toUpperCase(Locale.ROOT)),
                Visibility.valueOf(level.toUpperCase(Locale.ROOT))));
        return map;
    }
}
