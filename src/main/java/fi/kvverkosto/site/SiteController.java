package fi.kvverkosto.site;

import fi.kvverkosto.directory.ServiceDirectory;
import fi.kvverkosto.directory.TaxonomyOverview;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page and the pages about the site itself. */
@Controller
class SiteController {

    /** The stages of the service path, in order; the cross-cutting "x" is not a step on it. */
    static final Set<String> PATH_STAGES = Set.of("1", "2", "3", "4", "5");

    private final ServiceDirectory directory;

    SiteController(ServiceDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("path", servicePath());
        return "site/home";
    }

    /** Stages 1–5 with the number of services for each, for the service path on the home page. */
    private List<TaxonomyOverview.TermCount> servicePath() {
        return directory
                .taxonomy("kv-stage")
                .map(stages -> stages.terms().stream()
                        .filter(t -> PATH_STAGES.contains(t.term().localCode()))
                        .toList())
                .orElse(List.of());
    }

    /** The accessibility statement that Finnish law (306/2019) requires of the service. */
    @GetMapping("/saavutettavuus")
    String accessibilityStatement() {
        return "site/accessibility";
    }
}
