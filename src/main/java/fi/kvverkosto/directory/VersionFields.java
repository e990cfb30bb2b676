package fi.kvverkosto.directory;

import fi.kvverkosto.directory.EditingChoices.Choices;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns a version of a service or an organisation into the list of fields people compare: on the conflict page (saved
 * against submitted) and in the history (one revision against the one before). Both sides go through the same
 * function, so a field differs only when its shown value does.
 */
@Component
class VersionFields {

    private final MessageSource messages;

    VersionFields(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * One field of a version as shown.
     *
     * @param key names the field's label, {@code directory-admin.field.<key>}
     * @param language for texts kept in three languages, the language of this one; otherwise null
     * @param value the value as the reader sees it; empty when there is none
     */
    record Field(String key, String language, String value) {}

    /** A field in two versions. */
    record FieldDiff(String key, String language, String before, String after) {

        public boolean changed() {
            return !Objects.equals(before, after);
        }
    }

    List<Field> of(ServiceForm form, Choices choices, Locale locale) {
        var fields = new ArrayList<Field>();
        fields.add(new Field("organisation", null, choices.organisationName(form.getOrganisationId(), locale)));
        localized(fields, "name", form.getNameFi(), form.getNameSv(), form.getNameEn());
        localized(fields, "description", form.getDescriptionFi(), form.getDescriptionSv(), form.getDescriptionEn());
        fields.add(field("url", form.getUrl()));
        fields.add(field("email", form.getEmail()));
        fields.add(field("status", statusName(form.getStatus(), locale)));
        localized(fields, "alert", form.getAlertFi(), form.getAlertSv(), form.getAlertEn());
        localized(fields, "eligibility", form.getEligibilityFi(), form.getEligibilitySv(), form.getEligibilityEn());
        localized(fields, "fees", form.getFeesFi(), form.getFeesSv(), form.getFeesEn());
        fields.add(field("assured-date", date(form.getAssuredDate())));
        fields.add(field("areas", choices.areaNames(form.getAreas(), locale)));
        fields.add(
                field("languages", languageNames(choices.languages(form.getLanguages()), form.getLanguages(), locale)));
        for (String taxonomy : EditingChoices.SERVICE_TAXONOMIES) {
            fields.add(field(taxonomy, choices.termLabels(taxonomy, form.termsOf(taxonomy), locale)));
        }
        List<ServiceForm.CostRow> costs =
                form.getCostOptions().stream().filter(r -> !r.isBlank()).toList();
        localized(
                fields,
                "cost-option",
                join(costs.stream().map(ServiceForm.CostRow::getTextFi).toList()),
                join(costs.stream().map(ServiceForm.CostRow::getTextSv).toList()),
                join(costs.stream().map(ServiceForm.CostRow::getTextEn).toList()));
        fields.add(field(
                "amount",
                join(costs.stream()
                        .map(r -> EditingFormats.parseAmount(r.getAmount())
                                .map(EditingFormats::formatAmount)
                                .orElse(r.getAmount()))
                        .toList())));
        fields.add(field(
                "contacts",
                form.getContacts().stream()
                        .filter(r -> !r.isBlank())
                        .map(ServiceForm.ContactRow::summary)
                        .collect(Collectors.joining("; "))));
        return fields;
    }

    List<Field> of(OrganisationForm form, Choices choices, Locale locale) {
        var fields = new ArrayList<Field>();
        localized(fields, "name", form.getNameFi(), form.getNameSv(), form.getNameEn());
        localized(fields, "description", form.getDescriptionFi(), form.getDescriptionSv(), form.getDescriptionEn());
        fields.add(field("website", form.getWebsite()));
        fields.add(field("email", form.getEmail()));
        fields.add(field(
                "parent",
                EditingFormats.clean(form.getParentId()) == null
                        ? ""
                        : choices.organisationName(form.getParentId(), locale)));
        fields.add(field(
                EditingChoices.PROVIDER_TYPE,
                choices.termLabels(EditingChoices.PROVIDER_TYPE, form.getProviderTypes(), locale)));
        fields.add(field(
                "archived",
                messages.getMessage(
                        form.isArchived() ? "directory-admin.status.archived" : "directory-admin.status.in-use",
                        null,
                        locale)));
        return fields;
    }

    List<Field> of(ProgrammeForm form, Choices choices, Locale locale) {
        var fields = new ArrayList<Field>();
        localized(fields, "name", form.getNameFi(), form.getNameSv(), form.getNameEn());
        localized(fields, "description", form.getDescriptionFi(), form.getDescriptionSv(), form.getDescriptionEn());
        fields.add(field("owner", choices.organisationName(form.getOrganisationId(), locale)));
        return fields;
    }

    static List<FieldDiff> diff(List<Field> before, List<Field> after) {
        var diffs = new ArrayList<FieldDiff>(after.size());
        for (int i = 0; i < after.size(); i++) {
            Field a = after.get(i);
            Field b = i < before.size() ? before.get(i) : new Field(a.key(), a.language(), "");
            diffs.add(new FieldDiff(a.key(), a.language(), b.value(), a.value()));
        }
        return diffs;
    }

    static List<FieldDiff> changes(List<Field> before, List<Field> after) {
        return diff(before, after).stream().filter(FieldDiff::changed).toList();
    }

    private String statusName(String status, Locale locale) {
        return ServiceStatus.fromHsds(status == null ? null : status.toLowerCase(Locale.ROOT))
                .map(s -> messages.getMessage("directory-admin.status." + s.hsds(), null, locale))
                .orElse(status == null ? "" : status);
    }

    private String languageNames(List<String> order, List<String> chosen, Locale locale) {
        return order.stream()
                .filter(chosen::contains)
                .map(code -> messages.getMessage("directory-admin.language." + code, null, code, locale))
                .collect(Collectors.joining(", "));
    }

    private static String date(String text) {
        return EditingFormats.parseDate(text).map(EditingFormats::formatDate).orElse(text == null ? "" : text.strip());
    }

    private static void localized(List<Field> fields, String key, String fi, String sv, String en) {
        fields.add(new Field(key, "fi", value(fi)));
        fields.add(new Field(key, "sv", value(sv)));
        fields.add(new Field(key, "en", value(en)));
    }

    private static Field field(String key, String value) {
        return new Field(key, null, value(value));
    }

    private static String value(String text) {
        String clean = EditingFormats.clean(text);
        return clean == null ? "" : clean;
    }

    private static String join(List<String> texts) {
        return texts.stream().map(VersionFields::value).collect(Collectors.joining(" | "));
    }
}
