package fi.kvverkosto.directory;

import jakarta.validation.constraints.NotBlank;
import java.util.List;

/**
 * What staff type into a programme's edit form, kept as typed so that wrong answers come back to the user with a
 * message. {@link #getVersion()} is the version the form was loaded at, compared on saving.
 */
public class ProgrammeForm extends RecordForm {

    @NotBlank(message = "{directory-admin.form.owner.required}")
    private String organisationId;

    static ProgrammeForm blank(String organisationId) {
        var form = new ProgrammeForm();
        form.setVersion(0L);
        form.organisationId = organisationId;
        return form;
    }

    static ProgrammeForm of(Programme programme) {
        var form = new ProgrammeForm();
        form.setVersion(programme.version());
        form.describe(programme.name(), programme.description());
        form.organisationId = programme.organisation().id().toString();
        return form;
    }

    @Override
    List<EditingFormats.Parameter> parameters() {
        var p = new EditingFormats.ParameterList();
        p.add("version", getVersion() == null ? null : getVersion().toString());
        addNameAndDescription(p);
        p.add("organisationId", organisationId);
        return p.list();
    }

    public String getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(String organisationId) {
        this.organisationId = organisationId;
    }
}
