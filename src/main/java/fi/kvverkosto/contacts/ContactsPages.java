package fi.kvverkosto.contacts;

import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public pages of the kv database: the faceted search ({@code /kv-yritykset}, the same parameters as the API) and
 * a company's page, both showing what the visitor may see. The filters are a GET form, so every search has an address
 * and works without JavaScript; htmx asks for the results part of the same template.
 */
@Controller
class ContactsPages {

    static final String SEARCH = "/kv-yritykset";

    private final Contacts contacts;

    ContactsPages(Contacts contacts) {
        this.contacts = contacts;
    }

    @GetMapping(SEARCH)
    String search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String market,
            @RequestParam(required = false) String industry,
            @RequestParam(required = false) String municipality,
            @RequestParam(required = false) String mode,
            @RequestParam(required = false) String listing,
            @RequestParam(required = false) String near,
            @RequestParam(required = false) String within,
            @RequestParam(defaultValue = "1") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Locale locale,
            Model model) {
        ContactQuery query;
        try {
            query = ContactQuery.of(q, market, industry, municipality, mode, listing, near, within, page);
            model.addAttribute("result", contacts.search(query, locale));
        } catch (fi.kvverkosto.shared.InvalidParameterException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        model.addAttribute("query", query);
        model.addAttribute("choices", new ContactChoices(contacts.codes()));
        model.addAttribute("labels", new ContactLabels(contacts.codes()));
        return "true".equals(htmx) ? "contacts/search :: results" : "contacts/search";
    }

    @GetMapping(SEARCH + "/{id}")
    String company(@PathVariable UUID id, Locale locale, Model model) {
        var company = contacts.company(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("company", company);
        model.addAttribute("labels", new ContactLabels(contacts.codes()));
        model.addAttribute("anonymous", Audience.current() == Audience.ANONYMOUS);
        model.addAttribute("member", Audience.current() == Audience.MEMBER);
        model.addAttribute("suggestions", contacts.suggestions(id, null, locale).orElseThrow());
        return "contacts/company";
    }
}
