package fi.kvverkosto.contacts;

import fi.kvverkosto.contacts.ContactValidation.FieldProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form of a company's profile, for staff ({@link ContactsAdminController}) and for a member keeping their company's
 * profile ({@link MemberPages}, where the name and Business ID are not asked and stay as stored, see
 * {@link SelfService#update}): its own fields, who sees each, and rows of experiences and of offers and seeks. Each list ends with {@value #BLANK_ROWS} blank rows to add
 * new ones without JavaScript; a row left blank (or marked for removal) is dropped. Problems found in the rows that
 * remain are named by the row's place in the form, so that the error summary links to the right field.
 */
public class CompanyForm {

    static final int BLANK_ROWS = 2;

    private static final Pattern ROW = Pattern.compile("^(experiences|listings)\\[(\\d+)](.*)$");

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
    private List<ExperienceRow> experiences = new ArrayList<>();
    private List<ListingRow> listings = new ArrayList<>();

    /** An empty form for a new company: standard visibility, blank rows. */
    static CompanyForm blank() {
        var form = new CompanyForm();
        form.version = 0L;
        for (CompanyField f : CompanyField.values()) {
            form.visibility.put(f.key(), f.standard().name());
        }
        return form.withBlankRows();
    }

    /** The stored company as the form shows it; offers and seeks past their last day lapse (they cannot be saved). */
    static CompanyForm of(CompanyView c, java.time.LocalDate today) {
        var form = new CompanyForm();
        form.version = c.version();
        form.businessId = c.businessId();
        form.name = c.name();
        form.municipality = c.municipality();
        form.industry = c.industry();
        form.size = c.size();
        form.website = c.website();
        form.languages = c.languages() == null ? null : String.join(", ", c.languages());
        form.description = c.description();
        for (CompanyField f : CompanyField.values()) {
            form.visibility.put(f.key(), f.standard().name());
        }
        for (var e : c.experiences()) {
            var row = new ExperienceRow();
            row.market = e.market();
            row.mode = e.mode();
            row.since = e.since() == null ? null : e.since().toString();
            row.industry = e.industry();
            row.summary = e.summary();
            form.experiences.add(row);
        }
        for (var l : java.util.stream.Stream.concat(c.offers().stream(), c.seeks().stream())
                .filter(l -> !l.expires().isBefore(today))
                .toList()) {
            var row = new ListingRow();
            row.kind = l.kind();
            row.summary = l.summary();
            row.market = l.market();
            row.industry = l.industry();
            row.expires = l.expires().toString();
            form.listings.add(row);
        }
        return form;
    }

    /** The stored visibility of each field, for a form opened afresh. */
    CompanyForm withVisibility(Map<String, String> chosen) {
        visibility.putAll(chosen);
        return this;
    }

    /** Adds blank rows up to {@value #BLANK_ROWS} at the end of each list, for new entries. */
    CompanyForm withBlankRows() {
        while (experiences.stream().filter(ExperienceRow::blank).count() < BLANK_ROWS) {
            experiences.add(new ExperienceRow());
        }
        while (listings.stream().filter(ListingRow::blank).count() < BLANK_ROWS) {
            listings.add(new ListingRow());
        }
        return this;
    }

    /** The rows kept (not blank, not removed), with their places in the form. */
    private List<Integer> keptExperiences() {
        var kept = new ArrayList<Integer>();
        for (int i = 0; i < experiences.size(); i++) {
            if (!experiences.get(i).blank() && !experiences.get(i).remove) {
                kept.add(i);
            }
        }
        return kept;
    }

    private List<Integer> keptListings() {
        var kept = new ArrayList<Integer>();
        for (int i = 0; i < listings.size(); i++) {
            if (!listings.get(i).blank() && !listings.get(i).remove) {
                kept.add(i);
            }
        }
        return kept;
    }

    CompanyInput input() {
        var e = keptExperiences().stream()
                .map(experiences::get)
                .map(r -> new CompanyInput.ExperienceInput(r.market, r.mode, r.year(), r.industry, r.summary))
                .toList();
        var l = keptListings().stream()
                .map(listings::get)
                .map(r -> new CompanyInput.ListingInput(r.kind, r.summary, r.market, r.industry, r.expires))
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
                e,
                l);
    }

    /** The field of the form a problem of {@link #input()} is about: rows are renumbered by their place in the form. */
    String formField(FieldProblem problem) {
        Matcher m = ROW.matcher(problem.field());
        if (m.matches()) {
            var kept = m.group(1).equals("experiences") ? keptExperiences() : keptListings();
            int index = Integer.parseInt(m.group(2));
            return m.group(1) + "[" + kept.get(index) + "]" + m.group(3);
        }
        if (problem.field().startsWith("visibility.")) {
            return "visibility[" + problem.field().substring("visibility.".length()) + "]";
        }
        return problem.field();
    }

    /** The year typed into an experience row that is not a number: validated before {@link #input()}. */
    List<FieldProblem> unreadable() {
        var problems = new ArrayList<FieldProblem>();
        for (int i : keptExperiences()) {
            var since = experiences.get(i).since;
            if (since != null && !since.isBlank() && !since.strip().matches("\\d{4}")) {
                problems.add(new FieldProblem("experiences[" + i + "].since", "contacts.error.since"));
            }
        }
        return problems;
    }

    /** One experience: a market, a mode, since which year, in which industry, in a few words. */
    public static class ExperienceRow {
        private String market;
        private String mode;
        private String since;
        private String industry;
        private String summary;
        private boolean remove;

        public boolean blank() {
            return isBlank(market) && isBlank(mode) && isBlank(since) && isBlank(industry) && isBlank(summary);
        }

        Integer year() {
            return since == null || !since.strip().matches("\\d{4}") ? null : Integer.valueOf(since.strip());
        }

        public String getMarket() {
            return market;
        }

        public void setMarket(String market) {
            this.market = market;
        }

        public String getMode() {
            return mode;
        }

        public void setMode(String mode) {
            this.mode = mode;
        }

        public String getSince() {
            return since;
        }

        public void setSince(String since) {
            this.since = since;
        }

        public String getIndustry() {
            return industry;
        }

        public void setIndustry(String industry) {
            this.industry = industry;
        }

        public String getSummary() {
            return summary;
        }

        public void setSummary(String summary) {
            this.summary = summary;
        }

        public boolean isRemove() {
            return remove;
        }

        public void setRemove(boolean remove) {
            this.remove = remove;
        }
    }

    /** One offer or seek, with the last day it is shown. */
    public static class ListingRow {
        private String kind;
        private String summary;
        private String market;
        private String industry;
        private String expires;
        private boolean remove;

        public boolean blank() {
            // The kind alone is a choice with a default, not an entry.
            return isBlank(summary) && isBlank(market) && isBlank(industry) && isBlank(expires);
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getSummary() {
            return summary;
        }

        public void setSummary(String summary) {
            this.summary = summary;
        }

        public String getMarket() {
            return market;
        }

        public void setMarket(String market) {
            this.market = market;
        }

        public String getIndustry() {
            return industry;
        }

        public void setIndustry(String industry) {
            this.industry = industry;
        }

        public String getExpires() {
            return expires;
        }

        public void setExpires(String expires) {
            this.expires = expires;
        }

        public boolean isRemove() {
            return remove;
        }

        public void setRemove(boolean remove) {
            this.remove = remove;
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
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

    public List<ExperienceRow> getExperiences() {
        return experiences;
    }

    public void setExperiences(List<ExperienceRow> experiences) {
        this.experiences = experiences;
    }

    public List<ListingRow> getListings() {
        return listings;
    }

    public void setListings(List<ListingRow> listings) {
        this.listings = listings;
    }
}
