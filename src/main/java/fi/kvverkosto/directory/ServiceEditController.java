package fi.kvverkosto.directory;

import fi.kvverkosto.directory.EditOutcome.Conflicted;
import fi.kvverkosto.directory.EditOutcome.Saved;
import fi.kvverkosto.directory.EditingChoices.Choices;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff pages for services under {@code /yllapito/palvelut}: the list, the edit form, the conflict page, history
 * with restore, and archiving. Who may do what is decided in {@link ServiceEditing}, for every request.
 */
@Controller
@RequestMapping(ServiceEditController.BASE)
class ServiceEditController {

    static final String BASE = "/yllapito/palvelut";
    static final String FORM = "serviceForm";

    private final ServiceEditing editing;
    private final OrganisationEditing organisations;
    private final SpringValidatorAdapter validator;

    ServiceEditController(
            ServiceEditing editing, OrganisationEditing organisations, jakarta.validation.Validator validator) {
        this.editing = editing;
        this.organisations = organisations;
        this.validator = new SpringValidatorAdapter(validator);
    }

    @GetMapping
    String list(
            @RequestParam(name = "nimi", required = false) String name,
            @RequestParam(name = "tila", required = false) String status,
            Model model,
            HtmxRequest htmx) {
        model.addAttribute("services", editing.list(name, statusFilter(status)));
        model.addAttribute("nameFilter", name);
        model.addAttribute("statusFilter", statusFilter(status) == null ? "" : status);
        model.addAttribute("providers", organisations.providersForNewServices());
        return htmx.isHtmxRequest() ? "directory/admin/services :: results" : "directory/admin/services";
    }

    @GetMapping("/uusi")
    String newService(@RequestParam(name = "organisaatio", required = false) String organisationId, Model model) {
        UUID id = EditingChoices.uuidOrNull(organisationId);
        if (id == null) {
            return "redirect:" + BASE;
        }
        return showForm(null, editing.blank(id), false, null, model);
    }

    @PostMapping("/uusi")
    String create(
            @Valid @ModelAttribute(FORM) ServiceForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        return save(null, form, errors, model, locale, redirect, null);
    }

    @GetMapping("/{id}/muokkaa")
    String edit(@PathVariable UUID id, Model model) {
        return showForm(id, editing.form(id), false, null, model);
    }

    @PostMapping("/{id}/muokkaa")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute(FORM) ServiceForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return save(id, form, errors, model, locale, redirect, response);
    }

    /**
     * The choices on the conflict page. Every request carries the user's answers, so that they survive whichever way
     * the user goes: {@code jatka} continues editing them on top of the saved version, {@code hylkaa} asks to confirm
     * discarding them, {@code vahvista-hylkays} discards them and {@code takaisin} shows the comparison again.
     */
    @PostMapping("/{id}/ristiriita")
    String resolveConflict(
            @PathVariable UUID id,
            @ModelAttribute(FORM) ServiceForm form,
            BindingResult binding,
            @RequestParam("toiminto") String action,
            @RequestParam("tallennettuVersio") long savedVersion,
            Model model,
            Locale locale,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        rejectForgedVersion(binding);
        switch (action) {
            case "jatka" -> {
                form.setVersion(savedVersion);
                return showForm(id, form.withSpareRows(), false, "directory-admin.notice.resumed", model);
            }
            case "hylkaa" -> {
                model.addAttribute("name", editing.heading(id).name());
                model.addAttribute("answers", form.parameters());
                model.addAttribute("savedVersion", savedVersion);
                model.addAttribute("conflictUrl", BASE + "/" + id + "/ristiriita");
                return "directory/admin/discard";
            }
            case "vahvista-hylkays" -> {
                editing.heading(id); // only someone who may edit it gets this far
                redirect.addFlashAttribute("notice", "directory-admin.notice.discarded");
                return "redirect:" + BASE + "/" + id + "/muokkaa";
            }
            case "takaisin" -> {
                return showConflict(editing.conflict(id, form, locale), model, response);
            }
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }

    @GetMapping("/{id}/historia")
    String history(@PathVariable UUID id, Model model, Locale locale) {
        model.addAttribute("history", editing.history(id, locale));
        model.addAttribute("kind", "service");
        model.addAttribute("baseUrl", BASE + "/" + id);
        model.addAttribute("listUrl", BASE);
        return "directory/admin/history";
    }

    @GetMapping("/{id}/historia/{revision}")
    String revision(@PathVariable UUID id, @PathVariable int revision, Model model, Locale locale) {
        var history = editing.history(id, locale);
        model.addAttribute("history", history);
        model.addAttribute(
                "entry",
                history.entries().stream()
                        .filter(e -> e.version().number() == revision)
                        .findFirst()
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("kind", "service");
        model.addAttribute("baseUrl", BASE + "/" + id);
        return "directory/admin/revision";
    }

    @GetMapping("/{id}/historia/{revision}/palauta")
    String confirmRestore(@PathVariable UUID id, @PathVariable int revision, Model model, Locale locale) {
        var preview = editing.restorePreview(id, revision, locale);
        model.addAttribute("name", preview.service().name());
        model.addAttribute("entry", preview.entry());
        model.addAttribute("changes", preview.changes());
        model.addAttribute("currentVersion", preview.currentVersion());
        model.addAttribute("kind", "service");
        model.addAttribute("baseUrl", BASE + "/" + id);
        return "directory/admin/restore";
    }

    /** Restores a version by saving it as a new one, through the same version check as the form. */
    @PostMapping("/{id}/historia/{revision}/palauta")
    String restore(
            @PathVariable UUID id,
            @PathVariable int revision,
            @RequestParam("versio") long version,
            Model model,
            Locale locale,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        ServiceForm form = editing.formAt(id, revision);
        form.setVersion(version);
        var errors = new BeanPropertyBindingResult(form, FORM);
        validator.validate(form, errors);
        Choices choices = editing.choices();
        editing.validate(form, errors, choices);
        if (errors.hasErrors()) {
            // The old version breaks today's rules: let the user fix it instead of refusing outright.
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, errors);
            return showForm(id, form.withSpareRows(), true, "directory-admin.notice.restore-invalid", model);
        }
        return switch (editing.save(id, form, locale)) {
            case Saved saved -> {
                redirect.addFlashAttribute("notice", "directory-admin.notice.restored");
                yield "redirect:" + BASE + "/" + id + "/historia";
            }
            case Conflicted conflicted -> showConflict(conflicted.conflict(), model, response);
        };
    }

    @GetMapping("/{id}/arkistoi")
    String confirmArchive(@PathVariable UUID id, Model model) {
        return showArchive(id, true, model);
    }

    @PostMapping("/{id}/arkistoi")
    String archive(@PathVariable UUID id, RedirectAttributes redirect) {
        editing.archive(id);
        redirect.addFlashAttribute("notice", "directory-admin.notice.archived");
        return "redirect:" + BASE;
    }

    @GetMapping("/{id}/palauta-arkistosta")
    String confirmUnarchive(@PathVariable UUID id, Model model) {
        return showArchive(id, false, model);
    }

    @PostMapping("/{id}/palauta-arkistosta")
    String unarchive(@PathVariable UUID id, RedirectAttributes redirect) {
        editing.unarchive(id);
        redirect.addFlashAttribute("notice", "directory-admin.notice.unarchived");
        return "redirect:" + BASE;
    }

    private String save(
            UUID id,
            ServiceForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        rejectForgedVersion(errors);
        Choices choices = editing.choices();
        editing.validate(form, errors, choices);
        if (errors.hasErrors()) {
            return showForm(id, form.withSpareRows(), true, null, model);
        }
        return switch (editing.save(id, form, locale)) {
            case Saved saved -> {
                redirect.addFlashAttribute("notice", "directory-admin.notice.saved");
                yield "redirect:" + BASE + "/" + saved.id() + "/muokkaa";
            }
            case Conflicted conflicted -> showConflict(conflicted.conflict(), model, response);
        };
    }

    private String showForm(UUID id, ServiceForm form, boolean invalid, String notice, Model model) {
        model.addAttribute(FORM, form);
        model.addAttribute("heading", id == null ? null : editing.heading(id));
        model.addAttribute("choices", editing.choices());
        model.addAttribute("canMove", editing.canMoveServices());
        model.addAttribute("invalid", invalid);
        model.addAttribute("formAction", id == null ? BASE + "/uusi" : BASE + "/" + id + "/muokkaa");
        if (notice != null) {
            model.addAttribute("notice", notice);
        }
        return "directory/admin/service-form";
    }

    private String showConflict(EditConflict conflict, Model model, HttpServletResponse response) {
        if (response != null) {
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        model.addAttribute("conflict", conflict);
        model.addAttribute("kind", "service");
        model.addAttribute("conflictUrl", BASE + "/" + conflict.id() + "/ristiriita");
        return "directory/admin/conflict";
    }

    private String showArchive(UUID id, boolean archiving, Model model) {
        var heading = editing.heading(id);
        model.addAttribute("name", heading.name());
        model.addAttribute("kind", "service");
        model.addAttribute("archiving", archiving);
        model.addAttribute("alreadyDone", archiving == heading.archived());
        model.addAttribute("postUrl", BASE + "/" + id + (archiving ? "/arkistoi" : "/palauta-arkistosta"));
        model.addAttribute("cancelUrl", BASE);
        return "directory/admin/archive";
    }

    /** The version is a hidden field; a value that is not a number was not typed by anyone. */
    private static void rejectForgedVersion(BindingResult binding) {
        if (binding.hasFieldErrors("version")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }

    private static ServiceStatus statusFilter(String status) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case "aktiivinen" -> ServiceStatus.ACTIVE;
            case "ei-aktiivinen" -> ServiceStatus.INACTIVE;
            case "arkistoitu" -> ServiceStatus.DEFUNCT;
            default -> null;
        };
    }
}
