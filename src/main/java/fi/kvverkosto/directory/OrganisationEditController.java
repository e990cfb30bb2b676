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
 * The staff pages for organisations under {@code /yllapito/organisaatiot}, mirroring those for services: list, edit
 * form (new ones by admins only), conflict page, history with restore, archiving.
 */
@Controller
@RequestMapping(OrganisationEditController.BASE)
class OrganisationEditController {

    static final String BASE = "/yllapito/organisaatiot";
    static final String FORM = "organisationForm";

    private final OrganisationEditing editing;
    private final SpringValidatorAdapter validator;

    OrganisationEditController(OrganisationEditing editing, jakarta.validation.Validator validator) {
        this.editing = editing;
        this.validator = new SpringValidatorAdapter(validator);
    }

    @GetMapping
    String list(
            @RequestParam(name = "nimi", required = false) String name,
            @RequestParam(name = "tila", required = false) String status,
            Model model,
            HtmxRequest htmx) {
        Boolean archived =
                "arkistoitu".equals(status) ? Boolean.TRUE : "kaytossa".equals(status) ? Boolean.FALSE : null;
        model.addAttribute("organisations", editing.list(name, archived));
        model.addAttribute("nameFilter", name);
        model.addAttribute("statusFilter", archived == null ? "" : status);
        model.addAttribute("canCreate", editing.canCreate());
        return htmx.isHtmxRequest() ? "directory/admin/organisations :: results" : "directory/admin/organisations";
    }

    @GetMapping("/uusi")
    String newOrganisation(Model model) {
        return showForm(null, editing.blank(), false, null, model);
    }

    @PostMapping("/uusi")
    String create(
            @Valid @ModelAttribute(FORM) OrganisationForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        editing.blank(); // admins only, before anything else
        return save(null, form, errors, model, locale, redirect, null);
    }

    @GetMapping("/{id}/muokkaa")
    String edit(@PathVariable UUID id, Model model) {
        return showForm(id, editing.form(id), false, null, model);
    }

    @PostMapping("/{id}/muokkaa")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute(FORM) OrganisationForm form,
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
            @ModelAttribute(FORM) OrganisationForm form,
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
        model.addAttribute("kind", "organisation");
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
        model.addAttribute("kind", "organisation");
        model.addAttribute("baseUrl", BASE + "/" + id);
        return "directory/admin/revision";
    }

    @GetMapping("/{id}/historia/{revision}/palauta")
    String confirmRestore(@PathVariable UUID id, @PathVariable int revision, Model model, Locale locale) {
        var preview = editing.restorePreview(id, revision, locale);
        model.addAttribute("name", preview.organisation().name());
        model.addAttribute("entry", preview.entry());
        model.addAttribute("changes", preview.changes());
        model.addAttribute("currentVersion", preview.currentVersion());
        model.addAttribute("kind", "organisation");
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
        OrganisationForm form = editing.formAt(id, revision);
        form.setVersion(version);
        var errors = new BeanPropertyBindingResult(form, FORM);
        validator.validate(form, errors);
        editing.validate(id, form, errors, editing.choices());
        if (errors.hasErrors()) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, errors);
            return showForm(id, form, true, "directory-admin.notice.restore-invalid", model);
        }
        return switch (editing.save(id, form, true, locale)) {
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
        redirect.addFlashAttribute("notice", "directory-admin.notice.organisation-archived");
        return "redirect:" + BASE;
    }

    @GetMapping("/{id}/palauta-arkistosta")
    String confirmUnarchive(@PathVariable UUID id, Model model) {
        return showArchive(id, false, model);
    }

    @PostMapping("/{id}/palauta-arkistosta")
    String unarchive(@PathVariable UUID id, RedirectAttributes redirect) {
        editing.unarchive(id);
        redirect.addFlashAttribute("notice", "directory-admin.notice.organisation-unarchived");
        return "redirect:" + BASE;
    }

    private String save(
            UUID id,
            OrganisationForm form,
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
        return switch (editing.save(id, form, false, locale)) {
            case Saved saved -> {
                redirect.addFlashAttribute("notice", "directory-admin.notice.saved");
                yield "redirect:" + BASE + "/" + saved.id() + "/muokkaa";
            }
            case Conflicted conflicted -> showConflict(conflicted.conflict(), model, response);
        };
    }

    private String showForm(UUID id, OrganisationForm form, boolean invalid, String notice, Model model) {
        model.addAttribute(FORM, form);
        model.addAttribute("heading", id == null ? null : editing.heading(id));
        model.addAttribute("choices", editing.choices());
        model.addAttribute("canChangeParent", editing.canChangeParent());
        model.addAttribute("invalid", invalid);
        model.addAttribute("formAction", id == null ? BASE + "/uusi" : BASE + "/" + id + "/muokkaa");
        if (notice != null) {
            model.addAttribute("notice", notice);
        }
        return "directory/admin/organisation-form";
    }

    private String showConflict(EditConflict conflict, Model model, HttpServletResponse response) {
        if (response != null) {
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        model.addAttribute("conflict", conflict);
        model.addAttribute("kind", "organisation");
        model.addAttribute("conflictUrl", BASE + "/" + conflict.id() + "/ristiriita");
        return "directory/admin/conflict";
    }

    private String showArchive(UUID id, boolean archiving, Model model) {
        var heading = editing.heading(id);
        model.addAttribute("name", heading.name());
        model.addAttribute("kind", "organisation");
        model.addAttribute("archiving", archiving);
        model.addAttribute("alreadyDone", archiving == heading.archived());
        model.addAttribute("postUrl", BASE + "/" + id + (archiving ? "/arkistoi" : "/palauta-arkistosta"));
        model.addAttribute("cancelUrl", BASE);
        return "directory/admin/archive";
    }

    private static void rejectForgedVersion(BindingResult binding) {
        if (binding.hasFieldErrors("version")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }
}
