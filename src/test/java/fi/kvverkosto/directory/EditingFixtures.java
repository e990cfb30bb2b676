package fi.kvverkosto.directory;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.kvverkosto.identity.Roles;
import fi.kvverkosto.shared.LocalizedText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.FormElement;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Records and users for the staff editing tests. Each test makes its own services under organisations of its own, so
 * that tests sharing a database neither see nor disturb each other's data (or the small catalogue other tests use).
 */
final class EditingFixtures {

    private EditingFixtures() {}

    /** An organisation of its own for one test, classified as a chamber. */
    static OrganisationRecord anOrganisation(String name) {
        UUID id = UUID.randomUUID();
        return new OrganisationRecord(
                id,
                LocalizedText.of(name, null, name + " (en)"),
                LocalizedText.finnish("Testiorganisaation kuvaus."),
                "https://example.org/" + id,
                null,
                null,
                List.of(new ClassificationRecord(UUID.randomUUID(), CatalogFixtures.PROVIDER_TYPE_CHAMBER_ASSOCIATION)),
                false,
                null);
    }

    /** A valid active service of an organisation: region-wide, stage 4, advisory, small companies, free. */
    static ServiceRecord aService(UUID organisationId, String name) {
        return CatalogFixtures.service(UUID.randomUUID(), organisationId)
                .name(name, name + " (sv)", name + " (en)")
                .description("Alkuperäinen kuvaus.", null, "Original description.")
                .area(CatalogFixtures.AREA_REGION)
                .terms(
                        CatalogFixtures.KV_STAGE_4,
                        CatalogFixtures.KV_NEED_ADVISORY,
                        CatalogFixtures.COMPANY_SIZE_SMALL,
                        CatalogFixtures.COST_FREE)
                .build();
    }

    /** Stores the small catalogue's taxonomies and terms, then the given organisations and services. */
    static void store(CatalogExchange exchange, List<OrganisationRecord> organisations, List<ServiceRecord> services) {
        exchange.apply(CatalogFixtures.aSmallCatalogue());
        exchange.apply(new CatalogSnapshot(List.of(), List.of(), List.of(), organisations, services));
    }

    static RequestPostProcessor editor(String username, UUID... organisations) {
        List<String> authorities = new ArrayList<>();
        authorities.add(Roles.ROLE_EDITOR);
        for (UUID organisation : organisations) {
            authorities.add(Roles.organisationAuthority(organisation));
        }
        return user(username).authorities(AuthorityUtils.createAuthorityList(authorities));
    }

    static RequestPostProcessor admin(String username) {
        return user(username).roles(Roles.ADMIN);
    }

    static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What a browser would submit from the page's form matching the selector: text fields, hidden fields, checked
     * boxes and radios, selected options. The CSRF token is left out; tests add a valid one.
     */
    static MultiValueMap<String, String> formData(String html, String selector) {
        var document = Jsoup.parse(html);
        var form = (FormElement) document.selectFirst(selector);
        if (form == null) {
            throw new AssertionError("No form " + selector + " in the page:\n" + html);
        }
        MultiValueMap<String, String> data = new LinkedMultiValueMap<>();
        form.formData().forEach(kv -> {
            if (!kv.key().equals("_csrf")) {
                data.add(kv.key(), kv.value());
            }
        });
        return data;
    }

    /** The form's data with some fields set to one value each (an empty string clears a field). */
    static MultiValueMap<String, String> with(MultiValueMap<String, String> data, String... namesAndValues) {
        MultiValueMap<String, String> copy = new LinkedMultiValueMap<>(data);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            copy.put(namesAndValues[i], new ArrayList<>(List.of(namesAndValues[i + 1])));
        }
        return copy;
    }

    /** The form's data without the given fields, as when every box of a group is left unchecked. */
    static MultiValueMap<String, String> without(MultiValueMap<String, String> data, String... names) {
        MultiValueMap<String, String> copy = new LinkedMultiValueMap<>(data);
        for (String name : names) {
            copy.remove(name);
        }
        return copy;
    }
}
