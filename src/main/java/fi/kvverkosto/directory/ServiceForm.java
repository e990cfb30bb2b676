package fi.kvverkosto.directory;

import fi.kvverkosto.shared.LocalizedText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What staff type into a service's edit form, kept as typed: every value is a string so that a wrong answer is shown
 * back to the user as they wrote it, with a message, instead of being lost in conversion.
 *
 * <p>{@link #getVersion()} is the version of the service the form was loaded at; saving compares it with the stored
 * one so that nobody overwrites a change they have not seen.
 */
public class ServiceForm extends RecordForm {

    /** Contact rows offered on the form besides the existing ones, so that a few can be added without JavaScript. */
    static final int SPARE_CONTACT_ROWS = 2;

    private String organisationId;

    /** The programme the service is delivered under, or blank for none. */
    private String programmeId;

    private String status = ServiceStatus.ACTIVE.name();

    @Size(max = 4000, message = "{directory-admin.form.too-long}")
    private String alertFi;

    @Size(max = 4000, message = "{directory-admin.form.too-long}")
    private String alertSv;

    @Size(max = 4000, message = "{directory-admin.form.too-long}")
    private String alertEn;

    @Size(max = 4000, message = "{directory-admin.form.too-long}")
    private String eligibilityFi;

    @Size(max = 4000, message = "{directory-admin.form.too-long}")
    private String eligibilitySv;

    @Size(max = 4000, message = "{directory-admin.form.too-long}")
    private String eligibilityEn;

    @Size(max = 4000, message = "{directory-admin.form.too-long}")
    private String feesFi;

    @Size(max = 4000, message = "{directory-admin.form.too-long}")
    private String feesSv;

    @Size(max = 4000, message = "{directory-admin.form.too-long}")
    private String feesEn;

    @Size(max = 1000, message = "{directory-admin.form.too-long}")
    private String url;

    @Size(max = 320, message = "{directory-admin.form.too-long}")
    private String email;

    private String assuredDate;

    private List<String> areas = new ArrayList<>();

    private List<String> languages = new ArrayList<>();

    private List<String> stages = new ArrayList<>();

    private List<String> needs = new ArrayList<>();

    private List<String> industries = new ArrayList<>();

    private List<String> markets = new ArrayList<>();

    private List<String> companySizes = new ArrayList<>();

    private List<String> costs = new ArrayList<>();

    @Valid
    private List<CostRow> costOptions = new ArrayList<>();

    @Valid
    private List<ContactRow> contacts = new ArrayList<>();

    /** An empty form for a new service of an organisation: active, with one cost option and a few contact rows. */
    static ServiceForm blank(java.util.UUID organisationId) {
        var form = new ServiceForm();
        form.setVersion(0L);
        form.organisationId = organisationId.toString();
        form.withSpareRows();
        return form;
    }

    /** The stored service as a form, for editing it or comparing it with another version. */
    static ServiceForm of(ServiceListing service) {
        var form = new ServiceForm();
        form.setVersion(service.version());
        form.organisationId = service.organisation().id().toString();
        form.programmeId =
                service.programme() == null ? null : service.programme().id().toString();
        form.describe(service.name(), service.description());
        form.status = service.status().name();
        LocalizedText alert = Records.orEmpty(service.alert());
        form.alertFi = alert.fi();
        form.alertSv = alert.sv();
        form.alertEn = alert.en();
        LocalizedText eligibility = Records.orEmpty(service.eligibility());
        form.eligibilityFi = eligibility.fi();
        form.eligibilitySv = eligibility.sv();
        form.eligibilityEn = eligibility.en();
        LocalizedText fees = Records.orEmpty(service.fees());
        form.feesFi = fees.fi();
        form.feesSv = fees.sv();
        form.feesEn = fees.en();
        form.url = service.url();
        form.email = service.email();
        form.assuredDate = EditingFormats.formatDate(service.assuredDate());
        service.areas().stream()
                .sorted(Comparator.comparingInt(ServiceArea::position))
                .forEach(a -> form.areas.add(a.areaUri()));
        service.languages().stream()
                .sorted(Comparator.comparingInt(ServiceLanguage::position))
                .forEach(l -> form.languages.add(l.code()));
        service.classifications().stream()
                .sorted(Comparator.comparingInt(ServiceClassification::position))
                .forEach(c -> {
                    List<String> group = form.termsOf(c.term().taxonomyKey());
                    if (group != null) {
                        group.add(c.term().id().toString());
                    }
                });
        service.costOptions().stream()
                .sorted(Comparator.comparingInt(CostOption::position))
                .forEach(c -> form.costOptions.add(CostRow.of(c)));
        service.contacts().stream()
                .sorted(Comparator.comparingInt(ServiceContact::position))
                .forEach(c -> form.contacts.add(ContactRow.of(c)));
        return form;
    }

    /**
     * Adds the empty rows the form shows for a new cost option and new contacts. Existing rows keep their places, so
     * that errors found in a row stay with that row when the form is shown again.
     */
    ServiceForm withSpareRows() {
        if (costOptions.isEmpty()) {
            costOptions.add(new CostRow());
        }
        long blankAtEnd = 0;
        for (int i = contacts.size() - 1; i >= 0 && contacts.get(i).isBlank(); i--) {
            blankAtEnd++;
        }
        for (long i = blankAtEnd; i < SPARE_CONTACT_ROWS; i++) {
            contacts.add(new ContactRow());
        }
        return this;
    }

    /** The selected terms of a classifying taxonomy, by its key; null for a taxonomy the form does not edit. */
    List<String> termsOf(String taxonomyKey) {
        return switch (taxonomyKey) {
            case EditingChoices.STAGE -> stages;
            case EditingChoices.NEED -> needs;
            case EditingChoices.INDUSTRY -> industries;
            case EditingChoices.MARKET -> markets;
            case EditingChoices.COMPANY_SIZE -> companySizes;
            case EditingChoices.COST -> costs;
            default -> null;
        };
    }

    /** The form's field name for a taxonomy's checkboxes. */
    static String fieldOf(String taxonomyKey) {
        return switch (taxonomyKey) {
            case EditingChoices.STAGE -> "stages";
            case EditingChoices.NEED -> "needs";
            case EditingChoices.INDUSTRY -> "industries";
            case EditingChoices.MARKET -> "markets";
            case EditingChoices.COMPANY_SIZE -> "companySizes";
            case EditingChoices.COST -> "costs";
            default -> throw new IllegalArgumentException(taxonomyKey);
        };
    }

    LocalizedText alert() {
        return LocalizedText.of(alertFi, alertSv, alertEn);
    }

    LocalizedText eligibility() {
        return LocalizedText.of(eligibilityFi, eligibilitySv, eligibilityEn);
    }

    LocalizedText fees() {
        return LocalizedText.of(feesFi, feesSv, feesEn);
    }

    @Override
    List<EditingFormats.Parameter> parameters() {
        var p = new EditingFormats.ParameterList();
        p.add("version", getVersion() == null ? null : getVersion().toString());
        p.add("organisationId", organisationId);
        p.add("programmeId", programmeId);
        addNameAndDescription(p);
        p.add("status", status);
        p.add("alertFi", alertFi).add("alertSv", alertSv).add("alertEn", alertEn);
        p.add("eligibilityFi", eligibilityFi).add("eligibilitySv", eligibilitySv);
        p.add("eligibilityEn", eligibilityEn);
        p.add("feesFi", feesFi).add("feesSv", feesSv).add("feesEn", feesEn);
        p.add("url", url).add("email", email).add("assuredDate", assuredDate);
        p.addAll("areas", areas).addAll("languages", languages);
        p.addAll("stages", stages).addAll("needs", needs).addAll("industries", industries);
        p.addAll("markets", markets).addAll("companySizes", companySizes).addAll("costs", costs);
        int i = 0;
        for (CostRow row : costOptions) {
            if (row.isBlank()) {
                continue;
            }
            String prefix = "costOptions[" + i++ + "].";
            p.add(prefix + "id", row.id).add(prefix + "textFi", row.textFi).add(prefix + "textSv", row.textSv);
            p.add(prefix + "textEn", row.textEn).add(prefix + "amount", row.amount);
        }
        i = 0;
        for (ContactRow row : contacts) {
            if (row.isBlank()) {
                continue;
            }
            String prefix = "contacts[" + i++ + "].";
            p.add(prefix + "id", row.id).add(prefix + "name", row.name).add(prefix + "title", row.title);
            p.add(prefix + "department", row.department).add(prefix + "email", row.email);
            p.add(prefix + "phone", row.phone);
        }
        return p.list();
    }

    /** A cost option as typed: its text in three languages and an amount in euros. */
    public static class CostRow {

        private String id;

        @Size(max = 4000, message = "{directory-admin.form.too-long}")
        private String textFi;

        @Size(max = 4000, message = "{directory-admin.form.too-long}")
        private String textSv;

        @Size(max = 4000, message = "{directory-admin.form.too-long}")
        private String textEn;

        private String amount;

        static CostRow of(CostOption option) {
            var row = new CostRow();
            LocalizedText text = Records.orEmpty(option.option());
            row.id = option.id().toString();
            row.textFi = text.fi();
            row.textSv = text.sv();
            row.textEn = text.en();
            row.amount = EditingFormats.formatAmount(option.amount());
            return row;
        }

        boolean isBlank() {
            return EditingFormats.isBlank(textFi, textSv, textEn, amount);
        }

        LocalizedText text() {
            return LocalizedText.of(textFi, textSv, textEn);
        }

        BigDecimal parsedAmount() {
            return EditingFormats.parseAmount(amount).orElse(null);
        }

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public String getTextFi() {
            return textFi;
        }

        public void setTextFi(String textFi) {
            this.textFi = textFi;
        }

        public String getTextSv() {
            return textSv;
        }

        public void setTextSv(String textSv) {
            this.textSv = textSv;
        }

        public String getTextEn() {
            return textEn;
        }

        public void setTextEn(String textEn) {
            this.textEn = textEn;
        }

        public String getAmount() {
            return amount;
        }

        public void setAmount(String amount) {
            this.amount = amount;
        }
    }

    /** A contact row as typed. Only public work contact details belong here. */
    public static class ContactRow {

        private String id;

        @Size(max = 500, message = "{directory-admin.form.too-long}")
        private String name;

        @Size(max = 500, message = "{directory-admin.form.too-long}")
        private String title;

        @Size(max = 500, message = "{directory-admin.form.too-long}")
        private String department;

        @Size(max = 320, message = "{directory-admin.form.too-long}")
        private String email;

        @Size(max = 100, message = "{directory-admin.form.too-long}")
        private String phone;

        static ContactRow of(ServiceContact contact) {
            var row = new ContactRow();
            row.id = contact.id().toString();
            row.name = contact.name();
            row.title = contact.title();
            row.department = contact.department();
            row.email = contact.email();
            row.phone = contact.phone();
            return row;
        }

        boolean isBlank() {
            return EditingFormats.isBlank(name, title, department, email, phone);
        }

        /** The row as one line for comparisons and history: its non-empty parts separated by commas. */
        String summary() {
            return String.join(
                    ", ",
                    java.util.stream.Stream.of(name, title, department, email, phone)
                            .map(EditingFormats::clean)
                            .filter(Objects::nonNull)
                            .toList());
        }

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getDepartment() {
            return department;
        }

        public void setDepartment(String department) {
            this.department = department;
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
    }

    @Override
    @NotBlank(message = "{directory-admin.form.description-fi.required}")
    public String getDescriptionFi() {
        return super.getDescriptionFi();
    }

    public String getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(String organisationId) {
        this.organisationId = organisationId;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getAlertFi() {
        return alertFi;
    }

    public void setAlertFi(String alertFi) {
        this.alertFi = alertFi;
    }

    public String getAlertSv() {
        return alertSv;
    }

    public void setAlertSv(String alertSv) {
        this.alertSv = alertSv;
    }

    public String getAlertEn() {
        return alertEn;
    }

    public void setAlertEn(String alertEn) {
        this.alertEn = alertEn;
    }

    public String getEligibilityFi() {
        return eligibilityFi;
    }

    public void setEligibilityFi(String eligibilityFi) {
        this.eligibilityFi = eligibilityFi;
    }

    public String getEligibilitySv() {
        return eligibilitySv;
    }

    public void setEligibilitySv(String eligibilitySv) {
        this.eligibilitySv = eligibilitySv;
    }

    public String getEligibilityEn() {
        return eligibilityEn;
    }

    public void setEligibilityEn(String eligibilityEn) {
        this.eligibilityEn = eligibilityEn;
    }

    public String getFeesFi() {
        return feesFi;
    }

    public void setFeesFi(String feesFi) {
        this.feesFi = feesFi;
    }

    public String getFeesSv() {
        return feesSv;
    }

    public void setFeesSv(String feesSv) {
        this.feesSv = feesSv;
    }

    public String getFeesEn() {
        return feesEn;
    }

    public void setFeesEn(String feesEn) {
        this.feesEn = feesEn;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(String programmeId) {
        this.programmeId = programmeId;
    }

    public String getAssuredDate() {
        return assuredDate;
    }

    public void setAssuredDate(String assuredDate) {
        this.assuredDate = assuredDate;
    }

    public List<String> getAreas() {
        return areas;
    }

    public void setAreas(List<String> areas) {
        this.areas = areas;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages;
    }

    public List<String> getStages() {
        return stages;
    }

    public void setStages(List<String> stages) {
        this.stages = stages;
    }

    public List<String> getNeeds() {
        return needs;
    }

    public void setNeeds(List<String> needs) {
        this.needs = needs;
    }

    public List<String> getIndustries() {
        return industries;
    }

    public void setIndustries(List<String> industries) {
        this.industries = industries;
    }

    public List<String> getMarkets() {
        return markets;
    }

    public void setMarkets(List<String> markets) {
        this.markets = markets;
    }

    public List<String> getCompanySizes() {
        return companySizes;
    }

    public void setCompanySizes(List<String> companySizes) {
        this.companySizes = companySizes;
    }

    public List<String> getCosts() {
        return costs;
    }

    public void setCosts(List<String> costs) {
        this.costs = costs;
    }

    public List<CostRow> getCostOptions() {
        return costOptions;
    }

    public void setCostOptions(List<CostRow> costOptions) {
        this.costOptions = costOptions;
    }

    public List<ContactRow> getContacts() {
        return contacts;
    }

    public void setContacts(List<ContactRow> contacts) {
        this.contacts = contacts;
    }
}
