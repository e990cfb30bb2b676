package fi.kvverkosto.directory;

import fi.kvverkosto.shared.LocalizedText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What staff type into a programme's edit form, kept as typed so that wrong answers come back to the user with a
 * message. {@link #getVersion()} is the version the form was loaded at, compared on saving.
 */
public class ProgrammeForm implements RecordEditing.Form {

    private Long version;

    @NotBlank(message = "{directory-admin.form.name-fi.required}")
    @Size(max = 500, message = "{directory-admin.form.too-long}")
    private String nameFi;

    @Size(max = 500, message = "{directory-admin.form.too-long}")
    private String nameSv;

    @Size(max = 500, message = "{directory-admin.form.too-long}")
    private String nameEn;

    @Size(max = 20000, message = "{directory-admin.form.too-long}")
    private String descriptionFi;

    @Size(max = 20000, message = "{directory-admin.form.too-long}")
    private String descriptionSv;

    @Size(max = 20000, message = "{directory-admin.form.too-long}")
    private String descriptionEn;

    @NotBlank(message = "{directory-admin.form.owner.required}")
    private String organisationId;

    static ProgrammeForm blank(String organisationId) {
        var form = new ProgrammeForm();
        form.version = 0L;
        form.organisationId = organisationId;
        return form;
    }

    static ProgrammeForm of(Programme programme) {
        var form = new ProgrammeForm();
        form.version = programme.version();
        LocalizedText name = Records.orEmpty(programme.name());
        form.nameFi = name.fi();
        form.nameSv = name.sv();
        form.nameEn = name.en();
        LocalizedText description = Records.orEmpty(programme.description());
        form.descriptionFi = description.fi();
        form.descriptionSv = description.sv();
        form.descriptionEn = description.en();
        form.organisationId = programme.organisation().id().toString();
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
        p.add("organisationId", organisationId);
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

    public String getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(String organisationId) {
        this.organisationId = organisationId;
    }
}
