package fi.kvverkosto.network;

import fi.kvverkosto.shared.LocalizedText;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What staff type into a relation's form, and what a CSV row holds, kept as typed so that wrong answers come back with
 * a message. {@link #getVersion()} is the version the form was loaded at, compared on saving.
 */
public class RelationForm {

    private Long version;

    private String sourceId;

    private String targetId;

    private String type;

    /** The service the relation is about: required for co-delivery, one of the source's or the target's services. */
    private String serviceId;

    @Size(max = 2000, message = "{network.relation.too-long}")
    private String descriptionFi;

    @Size(max = 2000, message = "{network.relation.too-long}")
    private String descriptionSv;

    @Size(max = 2000, message = "{network.relation.too-long}")
    private String descriptionEn;

    @Size(max = 1000, message = "{network.relation.too-long}")
    private String evidence;

    /** ISO date, yyyy-mm-dd, as the date input sends it. */
    private String validFrom;

    private String validTo;

    static RelationForm blank(String sourceId) {
        var form = new RelationForm();
        form.version = 0L;
        form.sourceId = sourceId;
        return form;
    }

    static RelationForm of(Relation relation) {
        var form = new RelationForm();
        form.version = relation.version();
        form.sourceId = relation.sourceId().toString();
        form.targetId = relation.targetId().toString();
        form.type = relation.type().code();
        form.serviceId =
                relation.serviceId() == null ? null : relation.serviceId().toString();
        form.descriptionFi = relation.description().fi();
        form.descriptionSv = relation.description().sv();
        form.descriptionEn = relation.description().en();
        form.evidence = relation.evidence();
        form.validFrom =
                relation.validFrom() == null ? null : relation.validFrom().toString();
        form.validTo = relation.validTo() == null ? null : relation.validTo().toString();
        return form;
    }

    LocalizedText description() {
        return LocalizedText.of(clean(descriptionFi), clean(descriptionSv), clean(descriptionEn));
    }

    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static LocalDate date(String text) {
        String value = clean(text);
        return value == null ? null : LocalDate.parse(value);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getSourceId() {
        return sourceId;
    }

    public void setSourceId(String sourceId) {
        this.sourceId = sourceId;
    }

    public String getTargetId() {
        return targetId;
    }

    public void setTargetId(String targetId) {
        this.targetId = targetId;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getServiceId() {
        return serviceId;
    }

    public void setServiceId(String serviceId) {
        this.serviceId = serviceId;
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

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public String getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(String validFrom) {
        this.validFrom = validFrom;
    }

    public String getValidTo() {
        return validTo;
    }

    public void setValidTo(String validTo) {
        this.validTo = validTo;
    }
}
