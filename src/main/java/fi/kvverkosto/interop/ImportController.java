package fi.kvverkosto.interop;

import fi.kvverkosto.identity.EditorAccess;
import fi.kvverkosto.shared.BackgroundTasks;
import fi.kvverkosto.shared.BackgroundTasks.TaskStatus;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The admin's HSDS upload: JSON files or one zip, optionally as a dry run. The import runs as a background task; its
 * page shows the progress and then the report, refreshed by htmx or by a plain link.
 */
@Controller
@RequestMapping("/yllapito/tuonti")
class ImportController {

    static final String TASK_KIND = "hsds-import";

    /** Times on the status page are the region's. */
    private static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

    private final EditorAccess access;
    private final BackgroundTasks tasks;
    private final HsdsImporter importer;

    ImportController(EditorAccess access, BackgroundTasks tasks, HsdsImporter importer) {
        this.access = access;
        this.tasks = tasks;
        this.importer = importer;
    }

    /** The upload form's answers: the chosen files and whether only to try. */
    static final class ImportForm {
        private List<MultipartFile> files = new ArrayList<>();
        private boolean dryRun;

        public List<MultipartFile> getFiles() {
            return files;
        }

        public void setFiles(List<MultipartFile> files) {
            this.files = files == null ? new ArrayList<>() : files;
        }

        public boolean isDryRun() {
            return dryRun;
        }

        public void setDryRun(boolean dryRun) {
            this.dryRun = dryRun;
        }

        /** Browsers send an empty part when no file is chosen. */
        List<MultipartFile> chosen() {
            return files.stream()
                    .filter(f -> f != null
                            && f.getOriginalFilename() != null
                            && !f.getOriginalFilename().isBlank())
                    .toList();
        }
    }

    @GetMapping
    String form(Model model) {
        requireAdmin();
        model.addAttribute("importForm", new ImportForm());
        return "interop/import";
    }

    @PostMapping
    String upload(@ModelAttribute ImportForm importForm, BindingResult errors, Model model, Principal user) {
        requireAdmin();
        var chosen = importForm.chosen();
        if (chosen.isEmpty()) {
            errors.rejectValue("files", "interop.import.files.required");
        } else if (chosen.stream().anyMatch(f -> !hasExtension(f, ".json") && !hasExtension(f, ".zip"))) {
            errors.rejectValue("files", "interop.import.files.type");
        } else if (chosen.size() > 1 && chosen.stream().anyMatch(f -> hasExtension(f, ".zip"))) {
            errors.rejectValue("files", "interop.import.files.one-zip");
        }
        if (errors.hasErrors()) {
            model.addAttribute("invalid", true);
            return "interop/import";
        }
        // Read now: the request's files are gone once it ends, and the task runs after.
        var uploads = chosen.stream()
                .map(f -> new HsdsFiles.Upload(f.getOriginalFilename(), bytes(f)))
                .toList();
        boolean dryRun = importForm.isDryRun();
        var security = SecurityContextHolder.getContext();
        UUID id = tasks.start(TASK_KIND, user.getName(), progress -> {
            // The task's thread acts for the admin, so that the audit history names them.
            SecurityContextHolder.setContext(security);
            try {
                return importer.run(HsdsFiles.fromUploads(uploads), dryRun, progress);
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        return "redirect:/yllapito/tuonti/" + id;
    }

    @GetMapping("/{id}")
    String status(@PathVariable String id, Model model, HtmxRequest htmx, Locale locale) {
        requireAdmin();
        TaskStatus status = parse(id)
                .flatMap(tasks::status)
                .filter(s -> s.kind().equals(TASK_KIND))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("status", status);
        model.addAttribute(
                "startedAt",
                DateTimeFormatter.ofPattern("d.M.yyyy H.mm.ss", locale)
                        .format(status.started().atZone(ZONE)));
        if (status.result() instanceof ImportReport report) {
            model.addAttribute("report", report);
        }
        return htmx.isHtmxRequest() ? "interop/import-status :: poll" : "interop/import-status";
    }

    private void requireAdmin() {
        if (!access.isAdmin()) {
            throw new AccessDeniedException("Importing is for admins");
        }
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean hasExtension(MultipartFile file, String extension) {
        return file.getOriginalFilename().toLowerCase(Locale.ROOT).endsWith(extension);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
