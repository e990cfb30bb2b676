package fi.kvverkosto.contacts;

import fi.kvverkosto.contacts.ContactValidation.FieldProblem;
import fi.kvverkosto.shared.Language;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The kv database's JSON API. Reading is open to anyone and answers with what the caller may see (public fields only
 * when anonymous); writing is for staff ({@code identity}'s security configuration, and {@link Contacts} again), with
 * CSRF protection like every form. Wrong input is a 400 problem naming each field ({@code errors[].field}).
 */
@RestController
@RequestMapping(ContactsApi.BASE)
class ContactsApi {

    static final String BASE = "/api/v1/contacts";

    private final Contacts contacts;
    private final ContactImport importer;
    private final PrhImport registry;
    private final MessageSource messages;

    ContactsApi(Contacts contacts, ContactImport importer, PrhImport registry, MessageSource messages) {
        this.contacts = contacts;
        this.importer = importer;
        this.registry = registry;
        this.messages = messages;
    }

    /**
     * Reads a saved response of the PRH/YTJ open data {@code /companies} (v3) API: new Business IDs become companies,
     * known ones get the register's name, industry and municipality; all or nothing (422 with every problem).
     */
    @PostMapping(path = "/import/prh", consumes = "multipart/form-data")
    ResponseEntity<Map<String, Object>> importPrh(
            @RequestParam("file") org.springframework.web.multipart.MultipartFile file, Locale locale)
            throws java.io.IOException {
        try (var in = file.getInputStream()) {
            var result = registry.run(in);
            var body = new java.util.LinkedHashMap<String, Object>();
            body.put("created", result.created());
            body.put("updated", result.updated());
            body.put(
                    "problems",
                    result.problems().stream()
                            .map(p -> {
                                var m = new java.util.LinkedHashMap<String, Object>();
                                m.put("index", p.index());
                                m.put("businessId", p.businessId());
                                m.put("field", p.field());
                                m.put("message", messages.getMessage(p.code(), null, p.code(), locale));
                                return m;
                            })
                            .toList());
            return ResponseEntity.status(result.problems().isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                    .body(body);
        }
    }

    /**
     * Imports a CSV or XLSX file (by its name's ending) of companies (one contact person per row): {@code write=false} (default) checks and previews,
     * {@code write=true} writes every row in one transaction, or nothing when any row is wrong (422 with every problem).
     * Column mapping: parameters {@code map.<field>=<column>}, e.g. {@code map.businessId=Y-tunnus}.
     */
    @PostMapping(path = "/import", consumes = "multipart/form-data")
    ResponseEntity<Map<String, Object>> importCsv(
            @RequestParam("file") org.springframework.web.multipart.MultipartFile file,
            @RequestParam(defaultValue = "false") boolean write,
            @RequestParam Map<String, String> parameters,
            Locale locale)
            throws java.io.IOException {
        var mapping = new java.util.LinkedHashMap<String, String>();
        parameters.forEach((key, value) -> {
            if (key.startsWith("map.")) {
                mapping.put(key.substring(4), value);
            }
        });
        String filename = file.getOriginalFilename() == null
                ? ""
                : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        boolean xlsx = filename.endsWith(".xlsx")
                || "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet".equals(file.getContentType());
        try (var in = file.getInputStream()) {
            var table = xlsx
                    ? ContactImport.xlsx(in)
                    : ContactImport.csv(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            var result = importer.run(table, mapping, write);
            var body = new java.util.LinkedHashMap<String, Object>();
            body.put("written", result.written());
            body.put("rows", result.rows());
            body.put(
                    "problems",
                    result.problems().stream()
                            .map(p -> Map.of(
                                    "line", p.line(),
                                    "field", p.field(),
                                    "message", messages.getMessage(p.code(), null, p.code(), locale)))
                            .toList());
            return ResponseEntity.status(result.problems().isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                    .body(body);
        }
    }

    @GetMapping("/companies")
    ContactSearchResult companies(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String market,
            @RequestParam(required = false) String industry,
            @RequestParam(required = false) String municipality,
            @RequestParam(required = false) String mode,
            @RequestParam(required = false) String listing,
            @RequestParam(required = false) String near,
            @RequestParam(required = false) String within,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "fi") String lang) {
        var language = Language.fromCode(lang).orElse(Language.FI);
        return contacts.search(
                ContactQuery.of(q, market, industry, municipality, mode, listing, near, within, page),
                Locale.forLanguageTag(language.code()));
    }

    @GetMapping("/companies/{id}")
    ResponseEntity<CompanyView> company(@PathVariable UUID id) {
        return ResponseEntity.of(contacts.company(id));
    }

    /** Companies like this one that went to a market ({@code market}, or any it has not been to) and co-innovation. */
    @GetMapping("/companies/{id}/suggestions")
    ResponseEntity<Contacts.Suggestions> suggestions(
            @PathVariable UUID id,
            @RequestParam(required = false) String market,
            @RequestParam(defaultValue = "fi") String lang) {
        var language = Language.fromCode(lang).orElse(Language.FI);
        return ResponseEntity.of(contacts.suggestions(id, market, Locale.forLanguageTag(language.code())));
    }

    @PostMapping("/companies")
    ResponseEntity<?> createCompany(@RequestBody CompanyInput input, Locale locale) {
        return answer(contacts.createCompany(input), locale, HttpStatus.CREATED, "/companies/");
    }

    @PutMapping("/companies/{id}")
    ResponseEntity<?> updateCompany(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestParam(required = false) Long version,
            @RequestBody CompanyInput input,
            Locale locale) {
        long expected = version(ifMatch, version);
        return answer(contacts.updateCompany(id, expected, input), locale, HttpStatus.OK, "/companies/");
    }

    /**
     * Staff archive a company instead of deleting it, or restore it (the version they saw in {@code If-Match} or
     * {@code version}): an archived company leaves searches, the public and members. A stale version is a 409.
     */
    @PostMapping("/companies/{id}/{action:archive|restore}")
    ResponseEntity<?> archiving(
            @PathVariable UUID id,
            @PathVariable String action,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestParam(required = false) Long version,
            Locale locale) {
        long expected = version(ifMatch, version);
        var outcome = action.equals("archive")
                ? contacts.archiveCompany(id, expected)
                : contacts.restoreCompany(id, expected);
        return answer(outcome, locale, HttpStatus.OK, "/companies/");
    }

    @PostMapping("/people")
    ResponseEntity<?> createPerson(@RequestBody PersonInput input, Locale locale) {
        return answer(contacts.createPerson(input), locale, HttpStatus.CREATED, "/people/");
    }

    @PutMapping("/people/{id}")
    ResponseEntity<?> updatePerson(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestParam(required = false) Long version,
            @RequestBody PersonInput input,
            Locale locale) {
        return answer(contacts.updatePerson(id, version(ifMatch, version), input), locale, HttpStatus.OK, "/people/");
    }

    /** Everything held about a person (staff answer a data subject's request with it). */
    @GetMapping("/people/{id}/export")
    Map<String, Object> exportPerson(@PathVariable UUID id) {
        return contacts.exportPerson(id);
    }

    @PostMapping("/people/{id}/withdraw-consent")
    ResponseEntity<Void> withdraw(@PathVariable UUID id) {
        contacts.withdrawConsent(id);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/people/{id}")
    ResponseEntity<Void> erase(@PathVariable UUID id) {
        contacts.erase(id);
        return ResponseEntity.noContent().build();
    }

    private static long version(String ifMatch, Long version) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            try {
                return Long.parseLong(
                        ifMatch.replace("W/", "").replace("\"", "").strip());
            } catch (NumberFormatException e) {
                throw new fi.kvverkosto.shared.InvalidParameterException("If-Match", "The version number, e.g. \"3\"");
            }
        }
        if (version == null) {
            throw new fi.kvverkosto.shared.InvalidParameterException(
                    "version", "Give the version you read (If-Match header or version parameter)");
        }
        return version;
    }

    private ResponseEntity<?> answer(Contacts.Outcome outcome, Locale locale, HttpStatus ok, String path) {
        return switch (outcome) {
            case Contacts.Outcome.Saved saved ->
                ResponseEntity.status(ok)
                        .location(URI.create(BASE + path + saved.id()))
                        .body(Map.of("id", saved.id()));
            case Contacts.Outcome.Invalid invalid ->
                ResponseEntity.badRequest().body(invalid(invalid.problems(), locale));
            case Contacts.Outcome.Conflict conflict -> {
                var problem = ProblemDetail.forStatusAndDetail(
                        HttpStatus.CONFLICT, "Someone saved a newer version; read it again and reapply your change");
                problem.setTitle("Edit conflict");
                problem.setProperty("storedVersion", conflict.storedVersion());
                yield ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
            }
        };
    }

    private ProblemDetail invalid(List<FieldProblem> problems, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                problems.stream()
                                .map(FieldProblem::field)
                                .distinct()
                                .reduce((a, b) -> a + ", " + b)
                                .orElse("") + ": invalid");
        problem.setTitle("Invalid fields");
        problem.setType(URI.create("https://kv-verkosto.fi/problems/invalid-fields"));
        problem.setProperty(
                "errors",
                problems.stream()
                        .map(p -> Map.of(
                                "field", p.field(), "message", messages.getMessage(p.code(), null, p.code(), locale)))
                        .toList());
        return problem;
    }

    @ExceptionHandler(Contacts.NoSuchRecordException.class)
    ProblemDetail notFound(Contacts.NoSuchRecordException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    /** A body that is not JSON of the expected shape. */
    @ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
    ProblemDetail unreadable(org.springframework.http.converter.HttpMessageNotReadableException e) {
        var problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The body is not readable JSON of this shape");
        problem.setTitle("Unreadable body");
        return problem;
    }
}
