package fi.kvverkosto.finder;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff pages for the finder's synonyms under {@code /yllapito/synonyymit}: the list (with the built-in glossary
 * shown read-only beside it), a form to add or change a group, and a confirmation to delete one. Admins and editors may
 * do all of it. A save over someone else's newer save is not applied: the form comes back with the user's words and
 * the stored ones, to merge and save again.
 */
@Controller
@RequestMapping(SynonymAdminController.BASE)
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
class SynonymAdminController {

    static final String BASE = "/yllapito/synonyymit";
    static final String FORM = "synonymForm";

    private final SynonymEditing editing;

    SynonymAdminController(SynonymEditing editing) {
        this.editing = editing;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("synonyms", editing.list());
        model.addAttribute("glossary", editing.glossary());
        model.addAttribute("glossaryFile", SynonymEditing.GLOSSARY);
        return "finder/synonyms";
    }

    @GetMapping("/uusi")
    String newGroup(Model model) {
        return showForm(null, new SynonymForm(), model);
    }

    @PostMapping("/uusi")
    String create(
            @Valid @ModelAttribute(FORM) SynonymForm form,
            BindingResult errors,
            Authentication user,
            Model model,
            RedirectAttributes redirect) {
        validate(form, errors);
        if (errors.hasErrors()) {
            model.addAttribute("invalid", true);
            return showForm(null, form, model);
        }
        editing.create(form, user.getName());
        redirect.addFlashAttribute("notice", "finder.synonyms.notice.added");
        return "redirect:" + BASE;
    }

    @GetMapping("/{id}/muokkaa")
    String edit(@PathVariable UUID id, Model model) {
        SynonymForm form = editing.form(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return showForm(id, form, model);
    }

    @PostMapping("/{id}/muokkaa")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute(FORM) SynonymForm form,
            BindingResult errors,
            Authentication user,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        validate(form, errors);
        if (errors.hasErrors()) {
            model.addAttribute("invalid", true);
            return showForm(id, form, model);
        }
        return switch (editing.update(id, form, user.getName())) {
            case SynonymEditing.Done done -> {
                redirect.addFlashAttribute("notice", "finder.synonyms.notice.saved");
                yield "redirect:" + BASE;
            }
            case SynonymEditing.Conflict conflict -> {
                // Loses nothing: the user's words stay in the form, the stored ones are shown above it, and saving
                // again (from the stored version) replaces them knowingly.
                response.setStatus(HttpStatus.CONFLICT.value());
                form.setVersion(conflict.current().version());
                model.addAttribute("conflict", conflict.current());
                yield showForm(id, form, model);
            }
            case SynonymEditing.Gone gone -> {
                response.setStatus(HttpStatus.CONFLICT.value());
                model.addAttribute("gone", true);
                form.setVersion(null);
                yield showForm(null, form, model);
            }
        };
    }

    @GetMapping("/{id}/poista")
    String confirmDelete(@PathVariable UUID id, Model model) {
        model.addAttribute(
                "synonym", editing.row(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "finder/synonym-delete";
    }

    @PostMapping("/{id}/poista")
    String delete(
            @PathVariable UUID id,
            @RequestParam(name = "version", required = false) Integer version,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return switch (editing.delete(id, version)) {
            case SynonymEditing.Done done -> {
                redirect.addFlashAttribute("notice", "finder.synonyms.notice.deleted");
                yield "redirect:" + BASE;
            }
            case SynonymEditing.Conflict conflict -> {
                response.setStatus(HttpStatus.CONFLICT.value());
                model.addAttribute("synonym", conflict.current());
                model.addAttribute("changed", true);
                yield "finder/synonym-delete";
            }
            case SynonymEditing.Gone gone -> {
                redirect.addFlashAttribute("notice", "finder.synonyms.notice.already-deleted");
                yield "redirect:" + BASE;
            }
        };
    }

    /** At least one language must have a word: a group of nothing means nothing. */
    private static void validate(SynonymForm form, BindingResult errors) {
        if (form.getVersion() != null && form.getVersion() < 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        if (errors.hasFieldErrors("version")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        if (!form.hasWords()) {
            errors.rejectValue("wordsFi", "finder.synonyms.words.required");
        }
    }

    private String showForm(UUID id, SynonymForm form, Model model) {
        model.addAttribute(FORM, form);
        model.addAttribute("editing", id != null);
        model.addAttribute("formAction", id == null ? BASE + "/uusi" : BASE + "/" + id + "/muokkaa");
        model.addAttribute("deleteHref", id == null ? null : BASE + "/" + id + "/poista");
        return "finder/synonym-form";
    }
}
