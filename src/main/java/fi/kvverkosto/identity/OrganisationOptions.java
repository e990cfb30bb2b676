package fi.kvverkosto.identity;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The organisations an editor can be assigned to, for the user management screens. Identity declares what it needs
 * and the directory, which depends on identity and not the other way round, implements it.
 */
public interface OrganisationOptions {

    /** Organisations that are not archived, sorted by name in the reader's language. */
    List<Option> organisations(Locale locale);

    /**
     * One organisation to choose.
     *
     * @param name the name in the reader's language, or in another when it lacks one
     * @param lang the language of {@code name} when it is not the reader's (for a {@code lang} attribute), else null
     */
    record Option(UUID id, String name, String lang) {}
}
