package fi.kvverkosto.contacts;

import fi.kvverkosto.directory.AreaRecord;
import fi.kvverkosto.directory.CatalogReader;
import fi.kvverkosto.directory.DirectoryChanged;
import fi.kvverkosto.directory.ServiceDirectory;
import fi.kvverkosto.directory.TermRecord;
import fi.kvverkosto.shared.LocalizedText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The codes a company's record may use, and their names, taken from the directory: markets (countries and regions of
 * its market taxonomy), industries (its TOL 2008 taxonomy) and municipalities (its areas, by Statistics Finland code).
 * Kept in memory until the directory changes.
 */
@Component
class ContactReference {

    static final String MARKET = "market";
    static final String INDUSTRY = "industry";

    private final CatalogReader catalog;
    private final ServiceDirectory directory;
    private volatile Codes codes;

    ContactReference(CatalogReader catalog, ServiceDirectory directory) {
        this.catalog = catalog;
        this.directory = directory;
    }

    /** The codes, read once after each change of the directory. */
    record Codes(
            Map<String, LocalizedText> markets,
            Map<String, List<String>> marketChildren,
            Map<String, LocalizedText> industries,
            Map<String, LocalizedText> municipalities) {

        /** A market with the countries under it when it is a region: {@code region-nordics} → SE, NO, DK, ... */
        List<String> expand(String market) {
            var all = new ArrayList<String>();
            all.add(market);
            all.addAll(marketChildren.getOrDefault(market, List.of()));
            return all;
        }

        String label(Map<String, LocalizedText> names, String code, java.util.Locale locale) {
            var name = names.get(code);
            return name == null || name.isEmpty() ? code : name.text(locale);
        }
    }

    Codes codes() {
        var current = codes;
        if (current == null) {
            current = read();
            codes = current;
        }
        return current;
    }

    @EventListener
    void on(DirectoryChanged changed) {
        codes = null;
    }

    private Codes read() {
        var markets = new LinkedHashMap<String, LocalizedText>();
        var industries = new LinkedHashMap<String, LocalizedText>();
        var byId = new LinkedHashMap<UUID, TermRecord>();
        List<TermRecord> terms = catalog.allTerms();
        terms.forEach(t -> byId.put(t.id(), t));
        var children = new LinkedHashMap<String, List<String>>();
        for (TermRecord term : terms) {
            if (term.taxonomyKey().equals(MARKET)) {
                markets.put(term.localCode(), term.label());
                var parent = term.parentId() == null ? null : byId.get(term.parentId());
                if (parent != null && parent.taxonomyKey().equals(MARKET)) {
                    children.computeIfAbsent(parent.localCode(), k -> new ArrayList<>())
                            .add(term.localCode());
                }
            } else if (term.taxonomyKey().equals(INDUSTRY)) {
                industries.put(term.localCode(), term.label());
            }
        }
        var municipalities = new LinkedHashMap<String, LocalizedText>();
        for (AreaRecord area : directory.municipalities()) {
            municipalities.put(area.code(), area.name());
        }
        return new Codes(
                Collections.unmodifiableMap(markets),
                Collections.unmodifiableMap(children),
                Collections.unmodifiableMap(industries),
                Collections.unmodifiableMap(municipalities));
    }

    static final Set<String> LANGUAGES = Set.of(java.util.Locale.getISOLanguages());
}
