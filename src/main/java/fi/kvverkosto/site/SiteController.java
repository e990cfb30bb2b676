package fi.kvverkosto.site;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page and the pages about the site itself. */
@Controller
class SiteController {

    @GetMapping("/")
    String home() {
        return "site/home";
    }

    /** The accessibility statement that Finnish law (306/2019) requires of the service. */
    @GetMapping("/saavutettavuus")
    String accessibilityStatement() {
        return "site/accessibility";
    }
}
