package fi.kvverkosto.directory;

import fi.kvverkosto.directory.ServiceEditing.ServiceHeading;
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
 * The staff pages for services under {@code /yllapito/palvelut}: the list, the edit form, the conflict page, history
 * with restore ({@link RecordEditController}), and archiving. Who may do what is decided in {@link ServiceEditing},
 * for every request.
 */
@Controller
@RequestMapping(ServiceEditController.BASE)
class ServiceEditController extends RecordEditController<ServiceForm, ServiceHeading> {

    static final String BASE = "/yllapito/palvelut";
    static final String FORM = "serviceForm";

    private final ServiceEditing editing;
    private final OrganisationEditing organisations;

    ServiceEditController(
            ServiceEditing editing, OrganisationEditing organisations, jakarta.validation.Validator validator) {
        super(editing, validator, BASE, "service", FORM, "directory/admin/service-form");
        this.editing = editing;
        this.organisations = organisations;
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

    @Override
    void addFormChoices(ServiceHeading heading, Model model) {
        model.addAttribute("choices", editing.choices());
        model.addAttribute("canMove", editing.canMoveServices());
    }

    /** The form shown again has blank rows to add cost options and contacts to, as when it was first opened. */
    @Override
    ServiceForm shownAgain(ServiceForm form) {
        return form.withSpareRows();
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
