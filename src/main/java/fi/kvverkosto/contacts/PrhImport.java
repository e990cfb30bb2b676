package fi.kvverkosto.contacts;

import fi.kvverkosto.contacts.ContactValidation.FieldProblem;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a response of the PRH/YTJ open data API's {@code /companies} (v3), saved as a file, into the kv database: the
 * current main name ({@code names[]} with type 1 and no end date), the Business ID, the TOL 2008 section of
 * {@code mainBusinessLine.type} (a five-digit code) and the municipality of the first address that has one in the
 * region. New Business IDs become companies; known ones get the register's name, industry and municipality, keeping
 * everything else. Every company is checked first; all are written in one transaction, or none. No network is used.
 */
@Component
class PrhImport {

    private final Contacts contacts;
    private final ContactValidation validation;
    private final CompanyRepository companies;
    private final ContactReference reference;

    PrhImport(
            Contacts contacts, ContactValidation validation, CompanyRepository companies, ContactReference reference) {
        this.contacts = contacts;
        this.validation = validation;
        this.companies = companies;
        this.reference = reference;
    }

    /** A company of the file that cannot be taken: its index in {@code companies[]}, the field and message key. */
    record Problem(int index, String businessId, String field, String code) {}

    record Result(int created, int updated, List<Problem> problems) {}

    @Transactional
    Result run(InputStream in) throws IOException {
        if (Audience.current() != Audience.STAFF) {
            throw new AccessDeniedException("Importing is for staff");
        }
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(in);
        } catch (JacksonException e) {
            return new Result(0, 0, List.of(new Problem(-1, null, "file", "contacts.import.unreadable")));
        }
        var list = root.path("companies");
        var problems = new ArrayList<Problem>();
        var inputs = new ArrayList<CompanyInput>();
        var today = contacts.today();
        var municipalities = reference.codes().municipalities();
        for (int i = 0; i < list.size(); i++) {
            var node = list.get(i);
            String businessId =
                    BusinessId.normalise(text(node.path("businessId").path("value")));
            var existing = businessId == null
                    ? null
                    : companies.findByBusinessId(businessId).orElse(null);
            String municipality = null;
            for (var address : node.path("addresses")) {
                for (var office : address.path("postOffices")) {
                    String code = text(office.path("municipalityCode"));
                    if (municipality == null && code != null && municipalities.containsKey(code)) {
                        municipality = code;
                    }
                }
            }
            var input = new CompanyInput(
                    businessId,
                    currentName(node.path("names")),
                    municipality,
                    section(text(node.path("mainBusinessLine").path("type"))),
                    existing == null || existing.sizeClass() == null
                            ? null
                            : existing.sizeClass().code(),
                    existing == null ? null : existing.website(),
                    existing == null ? List.of() : existing.languages(),
                    existing == null ? null : existing.description(),
                    existing == null ? Map.of() : visibility(existing),
                    existing == null ? List.of() : experiences(existing),
                    existing == null ? List.of() : listings(existing, today));
            if (businessId == null) {
                problems.add(new Problem(i, null, "businessId", "contacts.error.required"));
            }
            for (FieldProblem p : validation.company(input, today)) {
                problems.add(new Problem(i, businessId, p.field(), p.code()));
            }
            inputs.add(input);
        }
        if (!problems.isEmpty()) {
            return new Result(0, 0, problems);
        }
        int created = 0;
        int updated = 0;
        for (var input : inputs) {
            var existing = companies.findByBusinessId(input.businessId());
            if (existing.isPresent()) {
                contacts.updateCompany(existing.get().id(), existing.get().version(), input);
                updated++;
            } else {
                contacts.createCompany(input);
                created++;
            }
        }
        return new Result(created, updated, problems);
    }

    /** The current main name: type 1 (toiminimi) without an end date, the latest registered. */
    static String currentName(JsonNode names) {
        String best = null;
        String bestDate = "";
        for (var name : names) {
            boolean main = "1".equals(text(name.path("type")));
            boolean current = text(name.path("endDate")) == null;
            String date = text(name.path("registrationDate"));
            if (main && current && (best == null || (date != null && date.compareTo(bestDate) > 0))) {
                best = text(name.path("name"));
                bestDate = date == null ? "" : date;
            }
        }
        return best;
    }

    /** The TOL 2008 section (A–U) of a two- to five-digit TOL code, or null. */
    static String section(String code) {
        if (code == null || code.length() < 2 || !code.substring(0, 2).chars().allMatch(Character::isDigit)) {
            return null;
        }
        int division = Integer.parseInt(code.substring(0, 2));
        int[][] ranges = {
            {1, 3}, {5, 9}, {10, 33}, {35, 35}, {36, 39}, {41, 43}, {45, 47}, {49, 53}, {55, 56}, {58, 63}, {64, 66},
            {68, 68}, {69, 75}, {77, 82}, {84, 84}, {85, 85}, {86, 88}, {90, 93}, {94, 96}, {97, 98}, {99, 99}
        };
        for (int i = 0; i < ranges.length; i++) {
            if (division >= ranges[i][0] && division <= ranges[i][1]) {
                return String.valueOf((char) ('A' + i));
            }
        }
        return null;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        String value = node.asString();
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Map<String, String> visibility(Company company) {
        var map = new java.util.LinkedHashMap<String, String>();
        company.fieldVisibility().chosen().forEach((f, v) -> map.put(f.key(), v.name()));
        return map;
    }

    private static List<CompanyInput.ExperienceInput> experiences(Company company) {
        return company.experiences().stream()
                .map(e -> new CompanyInput.ExperienceInput(
                        e.market(), e.mode().code(), e.sinceYear(), e.industryCode(), e.summary()))
                .toList();
    }

    /** The listings in force: expired ones are not carried over (they could not be entered again). */
    private static List<CompanyInput.ListingInput> listings(Company company, java.time.LocalDate today) {
        return company.listings().stream()
                .filter(l -> l.activeOn(today))
                .map(l -> new CompanyInput.ListingInput(
                        l.kind(),
                        l.summary(),
                        l.market(),
                        l.industryCode(),
                        l.expiresOn().toString()))
                .toList();
    }
}
