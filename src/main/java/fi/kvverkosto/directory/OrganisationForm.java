package fi.kvverkosto.directory;

import fi.kvverkosto.shared.LocalizedText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What staff type into an organisation's edit form, kept as typed so that wrong answers come back to the user with a
 * message. {@link #getVersion()} is the version the form was loaded at, compared on saving.
 */
public class OrganisationForm implements RecordEditing.Form {

    private Long version;

    @NotBlank(message = "{directory-admin.form.name-fi.required}")
    @Size(max = 500, message = "{directory-admin.form.too-long}")
    private String nameFi;

    @Size(max = 500, message = "{directory-admin.form.too-long}")
    private String nameSv;

    @Size(max = 500, message = "{directory-admin.form.too-long}")
    private String nameEn;

    @NotBlank(message = "{directory-admin.form.description-fi.required}")
    @Size(max = 20000, message = "{directory-admin.form.too-long}")
    private String descriptionFi;

    @Size(max = 20000, message = "{directory-admin.form.too-long}")
    private String descriptionSv;

    @Size(max = 20000, message = "{directory-admin.form.too-long}")
    private String descriptionEn;

    @Size(max = 1000, message = "{directory-admin.form.too-long}")
    private String website;

    @Size(max = 320, message = "{directory-admin.form.too-long}")
    private String email;

    private String parentId;

    private List<String> providerTypes = new ArrayList<>();

    /** Not edited on the form (archiving has its own confirmation); carried so that versions compare completely. */
    private boolean archived;

    static OrganisationForm blank() {
        var form = new OrganisationForm();
        form.version = 0L;
        return form;
    }

    static OrganisationForm of(Organisation organisation) {
        var form = new OrganisationForm();
        form.version = organisation.version();
        LocalizedText name = Records.orEmpty(organisation.name());
        form.nameFi = name.fi();
        form.nameSv = name.sv();
        form.nameEn = name.en();
        LocalizedText description = Records.orEmpty(organisation.description());
        form.descriptionFi = description.fi();
        form.descriptionSv = description.sv();
        form.descriptionEn = description.en();
        form.website = organisation.website();
        form.email = organisation.email();
        form.parentId = organisation.parent() == null
                ? null
                : organisation.parent().id().toString();
        organisation.classifications().stream()
                .sorted(Comparator.comparingInt(OrganisationClassification::position))
                .filter(c -> c.term().taxonomyKey().equals(EditingChoices.PROVIDER_TYPE))
                .forEach(c -> form.providerTypes.add(c.term().id().toString()));
        form.archived = organisation.archived();
        return form;
    }

    LocalizedText name() {
        return LocalizedText.of(nameFi, nameSv, nameEn);
    }

    LocalizedText description() {
        return LocalizedText.of(descriptionFi, descriptionSv, descriptionEn);
    }

    /** Every answer as request parameters, so that a page can carry the user's answers on without storing them. */
    @Override
    public List<EditingFormats.Parameter> parameters() {
        var p = new EditingFormats.ParameterList();
        p.add("version", version == null ? null : version.toString());
        p.add("nameFi", nameFi).add("nameSv", nameSv).add("nameEn", nameEn);
        p.add("descriptionFi", descriptionFi).add("descriptionSv", descriptionSv);
        p.add("descriptionEn", descriptionEn);
        p.add("website", website).add("email", email).add("parentId", parentId);
        p.addAll("providerTypes", providerTypes);
        p.add("archived", Boolean.toString(archived));
        return p.list();
    }

    public Long getVersion() {
        return version;
    }

    @Override
    public void setVersion(Long version) {
        this.version = version;
    }

    public String getNameFi() {
        return nameFi;
    }

    public void setNameFi(String nameFi) {
        this.nameFi = nameFi;
    }

    public String getNameSv() {
        return nameSv;
    }

    public void setNameSv(String nameSv) {
        this.nameSv = nameSv;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getDescriptionFi() {
        return descriptionFi;
    }

    public void setDescriptionFi(String descriptionFi) {
        this.descriptionFi = descriptionFi;
    }

    public String getDescriptionSv() {
        return descriptionSv;
    }

    public void setDescriptionSv(String descriptionSv) {
        this.descriptionSv = descriptionSv;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getParentId() {
        return parentId;
    }

    public void setParentId(String parentId) {
        this.parentId = parentId;
    }

    public List<String> getProviderTypes() {
        return providerTypes;
    }

    public void setProviderTypes(List<String> providerTypes) {
        this.providerTypes = providerTypes;
    }

    public boolean isArchived() {
        return archived;
    }

    public void setArchived(boolean archived) {
        this.archived = archived;
    }
}
