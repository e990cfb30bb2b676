package fi.kvverkosto.contacts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The staff's form of a person of the kv database, as typed: who they are, who sees each field, and the legal basis
 * with its consent (purpose, date, source). Checked by {@link ContactValidation} through {@link Contacts}.
 */
public class PersonForm {

    private Long version;
    private UUID companyId;
    private UUID organisationId;
    private String name;
    private String role;
    private String email;
    private String phone;
    private String languages;
    private Map<String, String> visibility = new LinkedHashMap<>();
    private String legalBasis;
    private String consentPurpose;
    private String consentGivenOn;
    private String consentSource;
    /** Ids of the directory's services the person is the contact for, as the checkboxes send them. */
    private List<String> services = new ArrayList<>();

    /** A new person of the company, with the standard visibility (no wider than needed) and consent as the basis. */
    static PersonForm blank(UUID companyId) {
        var form = new PersonForm();
        form.version = 0L;
        form.companyId = companyId;
        form.legalBasis = LegalBasis.CONSENT.code();
        for (PersonField f : PersonField.values()) {
            form.visibility.put(f.key(), f.standard().name());
        }
        return form;
    }

    /** The stored person as the form shows them (read inside {@link Contacts#personForm}). */
    static PersonForm of(Person p) {
        var form = blank(p.company() == null ? null : p.company().id());
        form.version = p.version();
        form.organisationId = p.organisationId();
        form.name = p.name();
        form.role = p.role();
        form.email = p.email();
        form.phone = p.phone();
        form.languages = p.languages() == null ? null : String.join(", ", p.languages());
        p.fieldVisibility().chosen().forEach((field, level) -> form.visibility.put(field.key(), level.name()));
        form.legalBasis = p.legalBasis().code();
        form.consentPurpose = p.consentPurpose();
        form.consentGivenOn =
                p.consentGivenOn() == null ? null : p.consentGivenOn().toString();
        form.consentSource = p.consentSource();
        form.services =
                p.services().stream().map(UUID::toString).sorted().collect(Collectors.toCollection(ArrayList::new));
        return form;
    }

    PersonInput input() {
        return new PersonInput(
                companyId,
                organisationId,
                name,
                role,
                email,
                phone,
                languages == null ? List.of() : Arrays.asList(languages.split("[,\\s]+")),
                visibility,
                legalBasis,
                consentPurpose,
                consentGivenOn,
                consentSource);
    }

    /** The field of the form a problem is about ({@code visibility.email} is the list {@code visibility[email]}). */
    static String formField(ContactValidation.FieldProblem problem) {
        return problem.field().startsWith("visibility.")
                ? "visibility[" + problem.field().substring("visibility.".length()) + "]"
                : problem.field();
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public UUID getCompanyId() {
        return companyId;
    }

    public void setCompanyId(UUID companyId) {
        this.companyId = companyId;
    }

    public UUID getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(UUID organisationId) {
        this.organisationId = organisationId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public Map<String, String> getVisibility() {
        return visibility;
    }

    public void setVisibility(Map<String, String> visibility) {
        this.visibility = visibility;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getConsentPurpose() {
        return consentPurpose;
    }

    public void setConsentPurpose(String consentPurpose) {
        this.consentPurpose = consentPurpose;
    }

    public String getConsentGivenOn() {
        return consentGivenOn;
    }

    public void setConsentGivenOn(String consentGivenOn) {
        this.consentGivenOn = consentGivenOn;
    }

    public List<String> getServices() {
        return services;
    }

    public void setServices(List<String> services) {
        this.services = services == null ? new ArrayList<>() : services;
    }

    public String getConsentSource() {
        return consentSource;
    }

    public void setConsentSource(String consentSource) {
        this.consentSource = consentSource;
    }
}
