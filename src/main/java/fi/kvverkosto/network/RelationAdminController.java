package fi.kvverkosto.network;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff pages for declared relations under {@code /yllapito/suhteet}: list, form (new and edit), delete with
 * confirmation, history, CSV import (checked first, all or nothing) and export.
 */
@Controller
@RequestMapping(RelationAdminController.BASE)
class RelationAdminController {

    static final String BASE = "/yllapito/suhteet";
    static final String FORM = "relationForm";
    /**
     * The form's second button: shows the services of the organisations chosen so far, to choose the relation's service
     * among them, without saving (the page works without JavaScript).
     */
    static final String SHOW_SERVICES = "palvelut";

    private final Relations relations;

    RelationAdminController(Relations relations) {
        this.relations = relations;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("relations", relations.list());
        model.addAttribute("isAdmin", relations.isAdmin());
        model.addAttribute("canCreate", !relations.sources().isEmpty());
        return "network/admin/relations";
    }

    @GetMapping("/uusi")
    String newRelation(@RequestParam(name = "lahde", required = false) String source, Model model) {
        return showForm(null, RelationForm.blank(source), false, model);
    }

    @PostMapping("/uusi")
    String create(
            @Valid @ModelAttribute(FORM) RelationForm form,
            BindingResult errors,
            @RequestParam(name = SHOW_SERVICES, required = false) String showServices,
            Model model,
            RedirectAttributes redirect) {
        if (showServices != null) {
            return showForm(null, form, false, model);
        }
        return save(null, form, errors, model, redirect, null);
    }

    @GetMapping("/{id}/muokkaa")
    String edit(@PathVariable UUID id, Model model) {
        return showForm(id, relations.form(id), false, model);
    }

    @PostMapping("/{id}/muokkaa")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute(FORM) RelationForm form,
            BindingResult errors,
            @RequestParam(name = SHOW_SERVICES, required = false) String showServices,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (showServices != null) {
            return showForm(id, form, false, model);
        }
        return save(id, form, errors, model, redirect, response);
    }

    @GetMapping("/{id}/poista")
    String confirmDelete(@PathVariable UUID id, Model model) {
        model.addAttribute("relation", relations.heading(id));
        model.addAttribute("version", relations.form(id).getVersion());
        return "network/admin/relation-delete";
    }

    @PostMapping("/{id}/poista")
    String delete(
            @PathVariable UUID id,
            @RequestParam("versio") long version,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (!relations.delete(id, version)) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("relation", relations.heading(id));
            model.addAttribute("version", relations.form(id).getVersion());
            model.addAttribute("changed", true);
            return "network/admin/relation-delete";
        }
        redirect.addFlashAttribute("notice", "network.admin.notice.deleted");
        return "redirect:" + BASE;
    }

    @GetMapping("/{id}/historia")
    String history(@PathVariable UUID id, Model model) {
        model.addAttribute("versions", relations.history(id));
        model.addAttribute("id", id);
        return "network/admin/relation-history";
    }

    @GetMapping("/tuonti")
    String importForm(Model model) {
        requireAdmin();
        return "network/admin/relation-import";
    }

    @PostMapping("/tuonti")
    String importCsv(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "toiminto", defaultValue = "tarkista") String action,
            Model model,
            HttpServletResponse response)
            throws IOException {
        requireAdmin();
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("fileMissing", true);
            return "network/admin/relation-import";
        }
        boolean checkOnly = !"tuo".equals(action);
        try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            var result = relations.importCsv(reader, checkOnly);
            if (!result.problems().isEmpty()) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            }
            model.addAttribute("result", result);
            model.addAttribute("checkOnly", checkOnly);
        }
        return "network/admin/relation-import";
    }

    @GetMapping("/vienti.csv")
    void export(HttpServletResponse response) throws IOException {
        requireAdmin();
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"relations.csv\"");
        var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        relations.exportCsv(writer);
        writer.flush();
    }

    private void requireAdmin() {
        if (!relations.isAdmin()) {
            throw new org.springframework.security.access.AccessDeniedException("Importing relations is for admins");
        }
    }

    private String save(
            UUID id,
            RelationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        relations.validate(form, errors);
        if (errors.hasErrors()) {
            return showForm(id, form, true, model);
        }
        return switch (relations.save(id, form)) {
            case Relations.Outcome.Saved saved -> {
                redirect.addFlashAttribute("notice", "network.admin.notice.saved");
                yield "redirect:" + BASE;
            }
            case Relations.Outcome.Conflict conflict -> {
                response.setStatus(HttpStatus.CONFLICT.value());
                model.addAttribute("stored", conflict.stored());
                form.setVersion(conflict.stored().getVersion());
                yield showForm(id, form, false, model);
            }
        };
    }

    private String showForm(UUID id, RelationForm form, boolean invalid, Model model) {
        model.addAttribute(FORM, form);
        model.addAttribute("relationId", id);
        model.addAttribute("sources", relations.sources());
        model.addAttribute("targets", relations.choices());
        model.addAttribute("types", RelationType.declaredTypes());
        model.addAttribute("serviceGroups", relations.serviceChoices(form.getSourceId(), form.getTargetId()));
        model.addAttribute("invalid", invalid);
        model.addAttribute("formAction", id == null ? BASE + "/uusi" : BASE + "/" + id + "/muokkaa");
        return "network/admin/relation-form";
    }
}
