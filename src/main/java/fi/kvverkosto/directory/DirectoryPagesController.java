package fi.kvverkosto.directory;

import fi.kvverkosto.shared.Language;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The directory's public pages besides the search: a service, the providers and one provider, the taxonomies, one
 * taxonomy and the services of one term. Anything archived, or unknown, is "not found". A service's page names the
 * people to contact about it when the kv database provides them ({@link ServiceContactPeople}).
 */
@Controller
class DirectoryPagesController {

    private final ServiceDirectory directory;
    private final SchemaOrg schemaOrg;
    private final ObjectProvider<ServiceContactPeople> contactPeople;

    DirectoryPagesController(
            ServiceDirectory directory, SchemaOrg schemaOrg, ObjectProvider<ServiceContactPeople> contactPeople) {
        this.directory = directory;
        this.schemaOrg = schemaOrg;
        this.contactPeople = contactPeople;
    }

    @GetMapping("/palvelut/{id}")
    String service(@PathVariable String id, Locale locale, Model model) {
        Language language = Language.of(locale);
        var service = uuid(id).flatMap(directory::service).orElseThrow(DirectoryPagesController::notFound);
        model.addAttribute("service", service);
        // The people are personal data: on the page only, as this viewer may see them, never in the JSON-LD.
        var people = contactPeople.getIfAvailable();
        model.addAttribute(
                "contactPeople",
                people == null
                        ? List.of()
                        : people.contactPeople(
                                service.id(), SecurityContextHolder.getContext().getAuthentication()));
        model.addAttribute(
                "jsonLd",
                schemaOrg.service(
                        service,
                        language,
                        absolute("/palvelut/" + service.id()),
                        absolute("/organisaatiot/" + service.provider().id())));
        return "directory/service";
    }

    @GetMapping("/organisaatiot")
    String organisations(Locale locale, Model model) {
        model.addAttribute("organisations", directory.organisations(Language.of(locale)));
        return "directory/organisations";
    }

    @GetMapping("/organisaatiot/{id}")
    String organisation(@PathVariable String id, Locale locale, Model model) {
        Language language = Language.of(locale);
        var organisation = uuid(id).flatMap(uuid -> directory.organisation(uuid, language))
                .orElseThrow(DirectoryPagesController::notFound);
        model.addAttribute("organisation", organisation);
        model.addAttribute(
                "jsonLd",
                schemaOrg.organisation(
                        organisation,
                        language,
                        absolute("/organisaatiot/" + organisation.id()),
                        organisation.parent() == null
                                ? null
                                : absolute("/organisaatiot/"
                                        + organisation.parent().id())));
        return "directory/organisation";
    }

    @GetMapping("/luokitukset")
    String taxonomies(Model model) {
        model.addAttribute("taxonomies", directory.taxonomies());
        return "directory/taxonomies";
    }

    @GetMapping("/luokitukset/{key}")
    String taxonomy(@PathVariable String key, Model model) {
        model.addAttribute("taxonomy", directory.taxonomy(key).orElseThrow(DirectoryPagesController::notFound));
        return "directory/taxonomy";
    }

    @GetMapping("/luokitukset/{key}/{code}")
    String term(
            @PathVariable String key,
            @PathVariable String code,
            @RequestParam(required = false) String page,
            Locale locale,
            Model model,
            HttpServletRequest request) {
        Language language = Language.of(locale);
        var taxonomy = directory.taxonomy(key).orElseThrow(DirectoryPagesController::notFound);
        var term = directory.term(key, code).orElseThrow(DirectoryPagesController::notFound);
        model.addAttribute("taxonomy", taxonomy);
        model.addAttribute("term", term);
        if (taxonomy.counts() == TaxonomyOverview.Counting.ORGANISATIONS) {
            model.addAttribute("organisations", directory.organisationsWithTerm(term, language));
            return "directory/term";
        }
        var result = directory.servicesWithTerm(term, ServiceSearchController.page(page), language);
        model.addAttribute("result", result);
        model.addAttribute("pages", ServiceSearchController.pageLinks(result, request));
        // Industries and markets also cover services for all of them: say how many, and where to see them.
        SearchFacet.ofTaxonomy(key)
                .filter(facet ->
                        Set.of(SearchFacet.INDUSTRY, SearchFacet.MARKET).contains(facet))
                .ifPresent(facet -> {
                    var all = directory.search(ServiceSearch.all().with(facet, term.localCode()), language);
                    model.addAttribute("coveredCount", all.total());
                    model.addAttribute(
                            "coveredHref",
                            UriComponentsBuilder.fromPath("/palvelut")
                                    .queryParam(facet.parameter(), term.localCode())
                                    .encode()
                                    .build()
                                    .toUriString());
                });
        return "directory/term";
    }

    private static String absolute(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(path)
                .build()
                .toUriString();
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
