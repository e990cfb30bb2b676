package fi.kvverkosto.contacts;

import fi.kvverkosto.shared.BackgroundTasks;
import fi.kvverkosto.shared.BackgroundTasks.TaskStatus;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The staff's CSV/XLSX import of companies (one contact person a row) under {@code /yllapito/kv-tietokanta/tuonti}:
 * a file, an optional column mapping and whether to save or only check. The import runs as a background task
 * ({@link BackgroundTasks}) whose page shows the rows checked and written with the shared progress component,
 * refreshed by htmx or by a plain link, and then every problem by row and field, or the checked rows with a button that
 * saves the same file without uploading it again. Staff only ({@code /yllapito/**} and {@link ContactImport}).
 */
@Controller
@RequestMapping(ContactImportController.BASE)
class ContactImportController {

    static final String BASE = ContactsAdminController.BASE + "/tuonti";
    static final String TASK_KIND = "contacts-import";

    /** Rows and problems shown on the status page; the rest are counted. */
    static final int SHOWN = 200;

    private static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

    private final BackgroundTasks tasks;
    private final ContactImport importer;

    ContactImportController(BackgroundTasks tasks, ContactImport importer) {
        this.tasks = tasks;
        this.importer = importer;
    }

    /**
     * The upload form: the file, save or check. The column of each field comes as {@code map.<field>} (as on the API;
     * empty: a column named like the field).
     */
    static final class ImportForm {
        private MultipartFile file;
        private boolean write;

        public MultipartFile getFile() {
            return file;
        }

        public void setFile(MultipartFile file) {
            this.file = file;
        }

        public boolean isWrite() {
            return write;
        }

        public void setWrite(boolean write) {
            this.write = write;
        }

        boolean chosen() {
            return file != null
                    && file.getOriginalFilename() != null
                    && !file.getOriginalFilename().isBlank();
        }
    }

    /** What a finished task hands to its page: the check's result, and the file read, to save it after a preview. */
    record Outcome(ContactImport.Result result, ContactImport.Table table, Map<String, String> mapping, boolean write) {

        public long rowCount() {
            return result.rows().size();
        }

        public List<ContactImport.RowPreview> shownRows() {
            return result.rows().subList(0, Math.min(SHOWN, result.rows().size()));
        }

        public List<ContactImport.RowProblem> shownProblems() {
            return result.problems()
                    .subList(0, Math.min(SHOWN, result.problems().size()));
        }

        /** Checked without problems and not yet saved: the page offers to save it. */
        public boolean saveable() {
            return !write && result.problems().isEmpty() && !result.rows().isEmpty();
        }
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("importForm", new ImportForm());
        model.addAttribute("targets", ContactImport.TARGETS);
        model.addAttribute("mapping", Map.of());
        return "contacts/admin/import";
    }

    @PostMapping
    String upload(
            @ModelAttribute ImportForm importForm,
            BindingResult errors,
            @RequestParam Map<String, String> parameters,
            Model model,
            Principal user) {
        var mapping = new LinkedHashMap<String, String>();
        parameters.forEach((key, column) -> {
            if (key.startsWith("map.") && column != null && !column.isBlank()) {
                mapping.put(key.substring(4), column.strip());
            }
        });
        if (!importForm.chosen()) {
            errors.rejectValue("file", "contacts.import.file.required");
        } else if (!name(importForm.getFile()).endsWith(".csv")
                && !name(importForm.getFile()).endsWith(".xlsx")) {
            errors.rejectValue("file", "contacts.import.file.type");
        }
        if (errors.hasErrors()) {
            model.addAttribute("invalid", true);
            model.addAttribute("targets", ContactImport.TARGETS);
            model.addAttribute("mapping", mapping);
            return "contacts/admin/import";
        }
        // Read now: the request's file is gone once it ends, and the task runs after.
        boolean xlsx = name(importForm.getFile()).endsWith(".xlsx");
        byte[] content = bytes(importForm.getFile());
        boolean write = importForm.isWrite();
        return "redirect:" + BASE + "/"
                + start(user, progress -> {
                    progress.phase("contacts.import.phase.read");
                    var table = read(content, xlsx);
                    return new Outcome(importer.run(table, mapping, write, progress), table, mapping, write);
                });
    }

    /** Saves a file that a finished check found without problems, as it was read then. */
    @PostMapping("/{id}/tallenna")
    String save(@PathVariable String id, Principal user) {
        var status = status(id);
        if (!(status.result() instanceof Outcome checked) || !checked.saveable()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        return "redirect:" + BASE + "/"
                + start(
                        user,
                        progress -> new Outcome(
                                importer.run(checked.table(), checked.mapping(), true, progress),
                                checked.table(),
                                checked.mapping(),
                                true));
    }

    @GetMapping("/{id}")
    String status(@PathVariable String id, Model model, HtmxRequest htmx, Locale locale) {
        var status = status(id);
        model.addAttribute("status", status);
        model.addAttribute(
                "startedAt",
                DateTimeFormatter.ofPattern("d.M.yyyy H.mm.ss", locale)
                        .format(status.started().atZone(ZONE)));
        if (status.result() instanceof Outcome outcome) {
            model.addAttribute("outcome", outcome);
        }
        return htmx.isHtmxRequest() ? "contacts/admin/import-status :: poll" : "contacts/admin/import-status";
    }

    private UUID start(Principal user, java.util.function.Function<BackgroundTasks.Progress, Object> work) {
        var security = SecurityContextHolder.getContext();
        return tasks.start(TASK_KIND, user.getName(), progress -> {
            // The task's thread acts for the staff member: the import checks their role.
            SecurityContextHolder.setContext(security);
            try {
                return work.apply(progress);
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    private TaskStatus status(String id) {
        return parse(id)
                .flatMap(tasks::status)
                .filter(s -> s.kind().equals(TASK_KIND))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static ContactImport.Table read(byte[] content, boolean xlsx) {
        try {
            return xlsx
                    ? ContactImport.xlsx(new ByteArrayInputStream(content))
                    : ContactImport.csv(new String(content, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return null;
        }
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String name(MultipartFile file) {
        return file.getOriginalFilename().toLowerCase(Locale.ROOT);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
