package fi.kvverkosto.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What staff type into an organisation's edit form, kept as typed so that wrong answers come back to the user with a
 * message. {@link #getVersion()} is the version the form was loaded at, compared on saving.
 */
public class OrganisationForm extends RecordForm {

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
        form.setVersion(0L);
        return form;
    }

    static OrganisationForm of(Organisation organisation) {
        var form = new OrganisationForm();
        form.setVersion(organisation.version());
        form.describe(organisation.name(), organisation.description());
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

    @Override
    List<EditingFormats.Parameter> parameters() {
        var p = new EditingFormats.ParameterList();
        p.add("version", getVersion() == null ? null : getVersion().toString());
        addNameAndDescription(p);
        p.add("website", website).add("email", email).add("parentId", parentId);
        p.addAll("providerTypes", providerTypes);
        p.add("archived", Boolean.toString(archived));
        return p.list();
    }

    @Override
    @NotBlank(message = "{directory-admin.form.description-fi.required}")
    public String getDescriptionFi() {
        return super.getDescriptionFi();
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
