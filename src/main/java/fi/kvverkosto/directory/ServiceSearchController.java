package fi.kvverkosto.directory;

import fi.kvverkosto.shared.Language;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The service search page {@code /palvelut}: a GET form, so that every search has a shareable address. With htmx the
 * results and the filters' counts are replaced on every change without a page reload; without JavaScript the buttons
 * submit the same form.
 */
@Controller
class ServiceSearchController {

    static final String VIEW = "directory/services";
    static final String RESULTS = VIEW + " :: results";

    private final ServiceDirectory directory;

    ServiceSearchController(ServiceDirectory directory) {
        this.directory = directory;
    }

    /** A link to one page of the results. */
    record PageLink(int number, String href, boolean current) {}

    @GetMapping("/palvelut")
    String search(
            @RequestParam MultiValueMap<String, String> parameters,
            Locale locale,
            Model model,
            HtmxRequest htmx,
            HttpServletRequest request,
            HttpServletResponse response) {
        // The page and its htmx fragment share the address: caches must tell them apart.
        response.setHeader("Vary", "HX-Request");
        String text = parameters.getFirst("q");
        text = text == null ? "" : text.strip();
        model.addAttribute("q", text);
        model.addAttribute("maxLength", ServiceSearch.MAX_TEXT_LENGTH);
        model.addAttribute("checkboxFacets", List.of(SearchFacet.STAGE, SearchFacet.NEED));
        model.addAttribute(
                "selectFacets",
                List.of(SearchFacet.MUNICIPALITY, SearchFacet.INDUSTRY, SearchFacet.MARKET, SearchFacet.SIZE));
        model.addAttribute("moreCheckboxFacets", List.of(SearchFacet.COST, SearchFacet.LANGUAGE));

        boolean textTooLong = text.length() > ServiceSearch.MAX_TEXT_LENGTH;
        model.addAttribute("textTooLong", textTooLong);
        // An over-long text is not searched with: the page says what to do, and the filters still work.
        var search =
                new ServiceSearch(textTooLong ? null : text, filters(parameters), page(parameters.getFirst("page")), 0);
        var result = directory.search(search, Language.of(locale));
        model.addAttribute("result", result);
        model.addAttribute("pages", pageLinks(result, request));
        model.addAttribute(
                "clearHref",
                textTooLong || text.isEmpty()
                        ? request.getRequestURI()
                        : UriComponentsBuilder.fromPath(request.getRequestURI())
                                .queryParam("q", text)
                                .encode()
                                .build()
                                .toUriString());
        boolean fragment = htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest();
        return fragment ? RESULTS : VIEW;
    }

    static Map<SearchFacet, Set<String>> filters(MultiValueMap<String, String> parameters) {
        Map<SearchFacet, Set<String>> filters = new EnumMap<>(SearchFacet.class);
        for (SearchFacet facet : SearchFacet.values()) {
            List<String> values = parameters.get(facet.parameter());
            if (values != null) {
                filters.put(facet, new LinkedHashSet<>(values));
            }
        }
        return filters;
    }

    /** The page asked for; anything but a positive number means the first. */
    static int page(String value) {
        if (value == null || !value.strip().matches("\\d{1,6}")) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(value.strip()));
    }

    /** Links relative to the site, keeping every parameter of this search but the page (and the language). */
    static List<PageLink> pageLinks(ServiceSearchResult result, HttpServletRequest request) {
        List<PageLink> links = new ArrayList<>();
        if (result.pageCount() <= 1) {
            return links;
        }
        for (int number = 1; number <= result.pageCount(); number++) {
            links.add(new PageLink(
                    number,
                    UriComponentsBuilder.fromPath(request.getRequestURI())
                            .query(request.getQueryString())
                            .replaceQueryParam("page", number)
                            .replaceQueryParam("lang")
                            .build(true)
                            .toUriString(),
                    number == result.page()));
        }
        return links;
    }
}
