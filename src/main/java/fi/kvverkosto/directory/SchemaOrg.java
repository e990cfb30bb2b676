package fi.kvverkosto.directory;

import fi.kvverkosto.shared.Language;
import fi.kvverkosto.shared.LocalizedText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org descriptions (JSON-LD) of services and providers for the pages' heads, so that search engines and other
 * machines read what a page describes. Built with Jackson and made safe to place inside a {@code <script>} element:
 * no text can close the element or open a comment.
 */
@Component
class SchemaOrg {

    private static final String CONTEXT = "https://schema.org";

    private final JsonMapper json;

    SchemaOrg(JsonMapper json) {
        this.json = json;
    }

    /**
     * A {@code Service} with its provider, areas, languages and service types (its need categories).
     *
     * @param pageUrl the absolute address of the service's page
     * @param providerUrl the absolute address of the provider's page
     */
    String service(ServiceDetail service, Language language, String pageUrl, String providerUrl) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@context", CONTEXT);
        node.put("@type", "Service");
        node.put("@id", pageUrl);
        node.put("name", text(service.name(), language));
        putIfPresent(node, "description", text(service.description(), language));
        node.put("url", service.url() == null ? pageUrl : service.url());
        List<String> types = service.terms("kv-need").stream()
                .map(t -> text(t.label(), language))
                .toList();
        if (!types.isEmpty()) {
            node.put("serviceType", types);
        }
        node.put("provider", organisation(service.provider(), null, language, providerUrl, null));
        node.put(
                "areaServed",
                service.areas().stream()
                        .map(area -> {
                            Map<String, Object> place = new LinkedHashMap<>();
                            place.put("@type", area.type() == AreaType.COUNTRY ? "Country" : "AdministrativeArea");
                            place.put("name", text(area.name(), language));
                            place.put("identifier", area.uri());
                            return place;
                        })
                        .toList());
        node.put("availableLanguage", service.languages());
        putIfPresent(node, "email", service.email());
        return write(node);
    }

    /** An {@code Organization} with its parent organisation, if any. */
    String organisation(OrganisationDetail organisation, Language language, String pageUrl, String parentUrl) {
        var summary = new OrganisationSummary(
                organisation.id(),
                organisation.name(),
                organisation.description(),
                organisation.website(),
                organisation.types(),
                organisation.services().size());
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@context", CONTEXT);
        node.putAll(organisation(summary, organisation.parent(), language, pageUrl, parentUrl));
        putIfPresent(node, "email", organisation.email());
        return write(node);
    }

    private static Map<String, Object> organisation(
            OrganisationSummary organisation,
            OrganisationSummary parent,
            Language language,
            String pageUrl,
            String parentUrl) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@type", "Organization");
        node.put("@id", pageUrl);
        node.put("name", text(organisation.name(), language));
        putIfPresent(node, "description", text(organisation.description(), language));
        putIfPresent(node, "url", organisation.website());
        if (parent != null) {
            Map<String, Object> parentNode = new LinkedHashMap<>();
            parentNode.put("@type", "Organization");
            parentNode.put("@id", parentUrl);
            parentNode.put("name", text(parent.name(), language));
            putIfPresent(parentNode, "url", parent.website());
            node.put("parentOrganization", parentNode);
        }
        return node;
    }

    /**
     * JSON with {@code <}, {@code >} and {@code &} escaped as Unicode escapes, which JSON parsers read back as the same
     * characters but an HTML parser never takes for markup ({@code </script>}, {@code <!--}).
     */
    private String write(Map<String, Object> node) {
        return json.writeValueAsString(node)
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026")
                .replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029");
    }

    private static String text(LocalizedText text, Language language) {
        String value = text.in(language).text();
        return value.isEmpty() ? null : value;
    }

    private static void putIfPresent(Map<String, Object> node, String key, Object value) {
        if (value != null) {
            node.put(key, value);
        }
    }
}
