package fi.kvverkosto.directory;

import fi.kvverkosto.shared.LocalizedText;
import java.util.UUID;

/**
 * A taxonomy term.
 *
 * @param code unique across taxonomies, {@code <taxonomy key>:<code>}
 * @param label the short label in each language
 * @param definition an explaining sentence in each language
 * @param nameLanguage the language of the term's HSDS {@code name}
 */
public record TermRecord(
        UUID id,
        String code,
        UUID taxonomyId,
        UUID parentId,
        LocalizedText label,
        LocalizedText definition,
        String nameLanguage,
        String termUri) {

    public String taxonomyKey() {
        int colon = code.indexOf(':');
        return colon < 0 ? code : code.substring(0, colon);
    }

    public String localCode() {
        int colon = code.indexOf(':');
        return colon < 0 ? code : code.substring(colon + 1);
    }
}
