package fi.kvverkosto.directory;

import fi.kvverkosto.directory.ProgrammeEditing.ProgrammeHeading;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff pages for programmes under {@code /yllapito/ohjelmat}, mirroring those for organisations: list, edit form,
 * conflict page, history with restore ({@link RecordEditController}), and removal while no service is delivered under
 * the programme.
 */
@Controller
@RequestMapping(ProgrammeEditController.BASE)
class ProgrammeEditController extends RecordEditController<ProgrammeForm, ProgrammeHeading> {

    static final String BASE = "/yllapito/ohjelmat";
    static final String FORM = "programmeForm";
    static final String KIND = "programme";

    private final ProgrammeEditing editing;

    ProgrammeEditController(ProgrammeEditing editing, jakarta.validation.Validator validator) {
        super(editing, validator, BASE, KIND, FORM, "directory/admin/programme-form");
        this.editing = editing;
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

    @Override
    void checkMayCreate() {
        editing.blank(null); // only those with an organisation
    }

    @Override
    void addFormChoices(ProgrammeHeading heading, Model model) {
        model.addAttribute(
                "owners",
                editing.owners(
                        editing.choices(),
                        heading == null ? null : heading.ownerId().toString()));
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
}
