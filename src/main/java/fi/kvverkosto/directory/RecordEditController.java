package fi.kvverkosto.directory;

import fi.kvverkosto.directory.EditOutcome.Conflicted;
import fi.kvverkosto.directory.EditOutcome.Saved;
import fi.kvverkosto.directory.EditingChoices.Choices;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The flow the staff edit pages of services, organisations and programmes share below their base address: saving the
 * form, the conflict page and its choices, the history, a version and restoring it. Each kind's controller adds its
 * list, its new-record form and what else it offers (archiving, removal), and says how the form page is filled in.
 * Who may do what is decided in the {@link RecordEditing} behind it, for every request.
 *
 * <p>The form's model attribute has no name in the mappings here: Spring names it after the kind's form class
 * ({@code serviceForm}, {@code organisationForm}, {@code programmeForm}), the name the templates bind to.
 */
abstract class RecordEditController<F extends RecordForm, H extends RecordEditing.Heading> {

    private final RecordEditing<F, H> editing;
    private final SpringValidatorAdapter validator;
    private final String base;
    private final String kind;
    private final String formName;
    private final String formView;

    /**
     * @param base the pages' address, the controller's {@code @RequestMapping}
     * @param kind {@code service}, {@code organisation} or {@code programme}: picks the shared templates' messages
     * @param formName the form's model attribute
     * @param formView the form's template
     */
    RecordEditController(
            RecordEditing<F, H> editing,
            Validator validator,
            String base,
            String kind,
            String formName,
            String formView) {
        this.editing = editing;
        this.validator = new SpringValidatorAdapter(validator);
        this.base = base;
        this.kind = kind;
        this.formName = formName;
        this.formView = formView;
    }

    /** Adds what the form page offers to choose from, beside the form and its heading (null for a new record). */
    abstract void addFormChoices(H heading, Model model);

    /** Refuses a user who may not create records of this kind before anything else is done; by default nobody. */
    void checkMayCreate() {}

    /** The user's answers as the form shows them again, after a refusal or a conflict; by default as they are. */
    F shownAgain(F form) {
        return form;
    }

    @PostMapping("/uusi")
    String create(
            @Valid @ModelAttribute F form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        checkMayCreate();
        return save(null, form, errors, model, locale, redirect, null);
    }

    @GetMapping("/{id}/muokkaa")
    String edit(@PathVariable UUID id, Model model) {
        return showForm(id, editing.form(id), false, null, model);
    }

    @PostMapping("/{id}/muokkaa")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute F form,
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
            @ModelAttribute F form,
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
                return showForm(id, shownAgain(form), false, "directory-admin.notice.resumed", model);
            }
            case "hylkaa" -> {
                model.addAttribute("name", editing.heading(id).name());
                model.addAttribute("answers", form.parameters());
                model.addAttribute("savedVersion", savedVersion);
                model.addAttribute("conflictUrl", base + "/" + id + "/ristiriita");
                return "directory/admin/discard";
            }
            case "vahvista-hylkays" -> {
                editing.heading(id); // only someone who may edit it gets this far
                redirect.addFlashAttribute("notice", "directory-admin.notice.discarded");
                return "redirect:" + base + "/" + id + "/muokkaa";
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
        model.addAttribute("kind", kind);
        model.addAttribute("baseUrl", base + "/" + id);
        model.addAttribute("listUrl", base);
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
        model.addAttribute("kind", kind);
        model.addAttribute("baseUrl", base + "/" + id);
        return "directory/admin/revision";
    }

    @GetMapping("/{id}/historia/{revision}/palauta")
    String confirmRestore(@PathVariable UUID id, @PathVariable int revision, Model model, Locale locale) {
        var preview = editing.restorePreview(id, revision, locale);
        model.addAttribute("name", preview.name());
        model.addAttribute("entry", preview.entry());
        model.addAttribute("changes", preview.changes());
        model.addAttribute("currentVersion", preview.currentVersion());
        model.addAttribute("kind", kind);
        model.addAttribute("baseUrl", base + "/" + id);
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
        F form = editing.formAt(id, revision);
        form.setVersion(version);
        var errors = new BeanPropertyBindingResult(form, formName);
        validator.validate(form, errors);
        Choices choices = editing.choices();
        editing.validate(id, form, errors, choices);
        if (errors.hasErrors()) {
            // The old version breaks today's rules: let the user fix it instead of refusing outright.
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + formName, errors);
            return showForm(id, shownAgain(form), true, "directory-admin.notice.restore-invalid", model);
        }
        return switch (editing.restore(id, form, locale)) {
            case Saved saved -> {
                redirect.addFlashAttribute("notice", "directory-admin.notice.restored");
                yield "redirect:" + base + "/" + id + "/historia";
            }
            case Conflicted conflicted -> showConflict(conflicted.conflict(), model, response);
        };
    }

    /** Shows the form page; {@code id} is null for a new record. */
    String showForm(UUID id, F form, boolean invalid, String notice, Model model) {
        model.addAttribute(formName, form);
        H heading = id == null ? null : editing.heading(id);
        model.addAttribute("heading", heading);
        addFormChoices(heading, model);
        model.addAttribute("invalid", invalid);
        model.addAttribute("formAction", id == null ? base + "/uusi" : base + "/" + id + "/muokkaa");
        if (notice != null) {
            model.addAttribute("notice", notice);
        }
        return formView;
    }

    private String save(
            UUID id,
            F form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        rejectForgedVersion(errors);
        Choices choices = editing.choices();
        editing.validate(id, form, errors, choices);
        if (errors.hasErrors()) {
            return showForm(id, shownAgain(form), true, null, model);
        }
        return switch (editing.save(id, form, locale)) {
            case Saved saved -> {
                redirect.addFlashAttribute("notice", "directory-admin.notice.saved");
                yield "redirect:" + base + "/" + saved.id() + "/muokkaa";
            }
            case Conflicted conflicted -> showConflict(conflicted.conflict(), model, response);
        };
    }

    /** The conflict page, with status 409 where there is a response to set it on (creation passes none). */
    private String showConflict(EditConflict conflict, Model model, HttpServletResponse response) {
        if (response != null) {
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        model.addAttribute("conflict", conflict);
        model.addAttribute("kind", kind);
        model.addAttribute("conflictUrl", base + "/" + conflict.id() + "/ristiriita");
        return "directory/admin/conflict";
    }

    /** The version is a hidden field; a value that is not a number was not typed by anyone. */
    private static void rejectForgedVersion(BindingResult binding) {
        if (binding.hasFieldErrors("version")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }
}
