package fi.kvverkosto.directory;

import fi.kvverkosto.directory.EditOutcome.Conflicted;
import fi.kvverkosto.directory.EditOutcome.Saved;
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
 * The staff pages for programmes under {@code /yllapito/ohjelmat}, mirroring those for organisations: list, edit form,
 * conflict page, history with restore, and removal while no service is delivered under the programme.
 */
@Controller
@RequestMapping(ProgrammeEditController.BASE)
class ProgrammeEditController {

    static final String BASE = "/yllapito/ohjelmat";
    static final String FORM = "programmeForm";
    static final String KIND = "programme";

    private final ProgrammeEditing editing;
    private final SpringValidatorAdapter validator;

    ProgrammeEditController(ProgrammeEditing editing, jakarta.validation.Validator validator) {
        this.editing = editing;
        this.validator = new SpringValidatorAdapter(validator);
    }

    @GetMapping
    String list(@RequestParam(name = "nimi", required = false) String name, Model model, HtmxRequest htmx) {
        model.addAttribute("programmes", editing.list(name));
        model.addAttribute("nameFilter", name);
        model.addAttribute("canCreate", editing.canCreate());
        return htmx.isHtmxRequest() ? "directory/admin/programmes :: results" : "directory/admin/programmes";
    }

    @GetMapping("/uusi")
    String newProgramme(@RequestParam(name = "organisaatio", required = false) String organisation, Model model) {
        return showForm(null, editing.blank(organisation), false, null, model);
    }

    @PostMapping("/uusi")
    String create(
            @Valid @ModelAttribute(FORM) ProgrammeForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        editing.blank(null); // only those with an organisation, before anything else
        return save(null, form, errors, model, locale, redirect, null);
    }

    @GetMapping("/{id}/muokkaa")
    String edit(@PathVariable UUID id, Model model) {
        return showForm(id, editing.form(id), false, null, model);
    }

    @PostMapping("/{id}/muokkaa")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute(FORM) ProgrammeForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return save(id, form, errors, model, locale, redirect, response);
    }

    /** The choices on the conflict page; see {@link ServiceEditController#resolveConflict}. */
    @PostMapping("/{id}/ristiriita")
    String resolveConflict(
            @PathVariable UUID id,
            @ModelAttribute(FORM) ProgrammeForm form,
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
                return showForm(id, form, false, "directory-admin.notice.resumed", model);
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
        model.addAttribute("kind", KIND);
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
        model.addAttribute("kind", KIND);
        model.addAttribute("baseUrl", BASE + "/" + id);
        return "directory/admin/revision";
    }

    @GetMapping("/{id}/historia/{revision}/palauta")
    String confirmRestore(@PathVariable UUID id, @PathVariable int revision, Model model, Locale locale) {
        var preview = editing.restorePreview(id, revision, locale);
        model.addAttribute("name", preview.programme().name());
        model.addAttribute("entry", preview.entry());
        model.addAttribute("changes", preview.changes());
        model.addAttribute("currentVersion", preview.currentVersion());
        model.addAttribute("kind", KIND);
        model.addAttribute("baseUrl", BASE + "/" + id);
        return "directory/admin/restore";
    }

    @PostMapping("/{id}/historia/{revision}/palauta")
    String restore(
            @PathVariable UUID id,
            @PathVariable int revision,
            @RequestParam("versio") long version,
            Model model,
            Locale locale,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        ProgrammeForm form = editing.formAt(id, revision);
        form.setVersion(version);
        var errors = new BeanPropertyBindingResult(form, FORM);
        validator.validate(form, errors);
        editing.validate(id, form, errors, editing.choices());
        if (errors.hasErrors()) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, errors);
            return showForm(id, form, true, "directory-admin.notice.restore-invalid", model);
        }
        return switch (editing.save(id, form, locale)) {
            case Saved saved -> {
                redirect.addFlashAttribute("notice", "directory-admin.notice.restored");
                yield "redirect:" + BASE + "/" + id + "/historia";
            }
            case Conflicted conflicted -> showConflict(conflicted.conflict(), model, response);
        };
    }

    @GetMapping("/{id}/poista")
    String confirmRemove(@PathVariable UUID id, Model model) {
        var heading = editing.heading(id);
        model.addAttribute("programme", heading);
        model.addAttribute("postUrl", BASE + "/" + id + "/poista");
        model.addAttribute("cancelUrl", BASE + "/" + id + "/muokkaa");
        return "directory/admin/programme-remove";
    }

    @PostMapping("/{id}/poista")
    String remove(@PathVariable UUID id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!editing.remove(id)) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return confirmRemove(id, model);
        }
        redirect.addFlashAttribute("notice", "directory-admin.notice.programme-removed");
        return "redirect:" + BASE;
    }

    private String save(
            UUID id,
            ProgrammeForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        rejectForgedVersion(errors);
        editing.validate(id, form, errors, editing.choices());
        if (errors.hasErrors()) {
            return showForm(id, form, true, null, model);
        }
        return switch (editing.save(id, form, locale)) {
            case Saved saved -> {
                redirect.addFlashAttribute("notice", "directory-admin.notice.saved");
                yield "redirect:" + BASE + "/" + saved.id() + "/muokkaa";
            }
            case Conflicted conflicted -> showConflict(conflicted.conflict(), model, response);
        };
    }

    private String showForm(UUID id, ProgrammeForm form, boolean invalid, String notice, Model model) {
        var heading = id == null ? null : editing.heading(id);
        var choices = editing.choices();
        model.addAttribute(FORM, form);
        model.addAttribute("heading", heading);
        model.addAttribute(
                "owners",
                editing.owners(
                        choices, heading == null ? null : heading.ownerId().toString()));
        model.addAttribute("invalid", invalid);
        model.addAttribute("formAction", id == null ? BASE + "/uusi" : BASE + "/" + id + "/muokkaa");
        if (notice != null) {
            model.addAttribute("notice", notice);
        }
        return "directory/admin/programme-form";
    }

    private String showConflict(EditConflict conflict, Model model, HttpServletResponse response) {
        if (response != null) {
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        model.addAttribute("conflict", conflict);
        model.addAttribute("kind", KIND);
        model.addAttribute("conflictUrl", BASE + "/" + conflict.id() + "/ristiriita");
        return "directory/admin/conflict";
    }

    private static void rejectForgedVersion(BindingResult binding) {
        if (binding.hasFieldErrors("version")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }
}
