package fi.kvverkosto.contacts;

import java.util.Locale;

/** The names of the codes a page shows (markets, industries, municipalities), for templates. */
public final class ContactLabels {

    private final ContactReference.Codes codes;

    ContactLabels(ContactReference.Codes codes) {
        this.codes = codes;
    }

    /** The name of a market, industry or municipality code in the language, or the code when it has none. */
    public String of(String facet, String code, Locale locale) {
        return Contacts.label(codes, facet, code, locale);
    }
}
