package fi.kvverkosto.contacts;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The staff page's form of a company's own fields and their visibility, as typed. Experiences, offers and seeks are
 * kept as stored when the form is saved (they are edited through the API for now).
 */
public class CompanyForm {

    private Long version;
    private String businessId;
    private String name;
    private String municipality;
    private String industry;
    private String size;
    private String website;
    private String languages;
    private String description;
    private Map<String, String> visibility = new LinkedHashMap<>();

    static CompanyForm blank() {
        var form = new CompanyForm();
        form.version = 0L;
        for (CompanyField f : CompanyField.values()) {
            form.visibility.put(f.key(), f.standard().name());
        }
        return form;
    }

    static CompanyForm of(CompanyView c) {
        var form = blank();
        form.version = c.version();
        form.businessId = c.businessId();
        form.name = c.name();
        form.municipality = c.municipality();
        form.industry = c.industry();
        form.size = c.size();
        form.website = c.website();
        form.languages = c.languages() == null ? null : String.join(", ", c.languages());
        form.description = c.description();
        return form;
    }

    /** The form's answers with the stored experiences and the offers and seeks still in force (expired ones lapse). */
    CompanyInput input(CompanyView stored, java.time.LocalDate today) {
        List<CompanyInput.ExperienceInput> experiences = stored == null
                ? List.of()
                : stored.experiences().stream()
                        .map(e -> new CompanyInput.ExperienceInput(
                                e.market(), e.mode(), e.since(), e.industry(), e.summary()))
                        .toList();
        List<CompanyInput.ListingInput> listings = stored == null
                ? List.of()
                : java.util.stream.Stream.concat(stored.offers().stream(), stored.seeks().stream())
                        .filter(l -> !l.expires().isBefore(today))
                        .map(l -> new CompanyInput.ListingInput(
                                l.kind(),
                                l.summary(),
                                l.market(),
                                l.industry(),
                                l.expires().toString()))
                        .toList();
        return new CompanyInput(
                businessId,
                name,
                municipality,
                industry,
                size,
                website,
                languages == null ? List.of() : Arrays.asList(languages.split("[,\\s]+")),
                description,
                visibility,
                experiences,
                listings);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getBusinessId() {
        return businessId;
    }

    public void setBusinessId(String businessId) {
        this.businessId = businessId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public String getSize() {
        return size;
    }

    public void setSize(String size) {
        this.size = size;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Map<String, String> getVisibility() {
        return visibility;
    }

    public void setVisibility(Map<String, String> visibility) {
        this.visibility = visibility;
    }
}
