package fi.kvverkosto.directory;

import fi.kvverkosto.shared.LocalizedText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What every staff edit form (services, organisations, programmes) asks first: the record's name and description in
 * the three languages, kept as typed. {@link #getVersion()} is the version the form was loaded at, compared on saving.
 * A form that requires the Finnish description says so on its {@code getDescriptionFi()}.
 */
public abstract class RecordForm {

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

    /** Every answer as request parameters, so that a page can carry the user's answers on without storing them. */
    abstract List<EditingFormats.Parameter> parameters();

    LocalizedText name() {
        return LocalizedText.of(nameFi, nameSv, nameEn);
    }

    LocalizedText description() {
        return LocalizedText.of(descriptionFi, descriptionSv, descriptionEn);
    }

    /** Fills in the name and description of a stored record (either may be null). */
    void describe(LocalizedText name, LocalizedText description) {
        LocalizedText n = Records.orEmpty(name);
        nameFi = n.fi();
        nameSv = n.sv();
        nameEn = n.en();
        LocalizedText d = Records.orEmpty(description);
        descriptionFi = d.fi();
        descriptionSv = d.sv();
        descriptionEn = d.en();
    }

    /** Adds the name and description to a form's parameters, in the order the forms ask them. */
    EditingFormats.ParameterList addNameAndDescription(EditingFormats.ParameterList p) {
        p.add("nameFi", nameFi).add("nameSv", nameSv).add("nameEn", nameEn);
        p.add("descriptionFi", descriptionFi).add("descriptionSv", descriptionSv);
        p.add("descriptionEn", descriptionEn);
        return p;
    }

    public Long getVersion() {
        return version;
    }

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
}
