package fi.kvverkosto.directory;

import fi.kvverkosto.directory.OrganisationEditing.OrganisationHeading;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff pages for organisations under {@code /yllapito/organisaatiot}, mirroring those for services: list, edit
 * form (new ones by admins only), conflict page, history with restore ({@link RecordEditController}), archiving.
 */
@Controller
@RequestMapping(OrganisationEditController.BASE)
class OrganisationEditController extends RecordEditController<OrganisationForm, OrganisationHeading> {

    static final String BASE = "/yllapito/organisaatiot";
    static final String FORM = "organisationForm";

    private final OrganisationEditing editing;

    OrganisationEditController(OrganisationEditing editing, jakarta.validation.Validator validator) {
        super(editing, validator, BASE, "organisation", FORM, "directory/admin/organisation-form");
        this.editing = editing;
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

    @Override
    void checkMayCreate() {
        editing.blank(); // admins only
    }

    @Override
    void addFormChoices(OrganisationHeading heading, Model model) {
        model.addAttribute("choices", editing.choices());
        model.addAttribute("canChangeParent", editing.canChangeParent());
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
}
