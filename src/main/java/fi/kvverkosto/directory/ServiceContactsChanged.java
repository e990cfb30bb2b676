package fi.kvverkosto.directory;

/**
 * Who is shown as the contact for a service may have changed: a person was linked to a service or unlinked, or a
 * linked person was changed, withdrew consent or was erased. Published by the implementation of
 * {@link ServiceContactPeople} after the commit, so that caches of public pages forget the services' pages at once.
 */
public record ServiceContactsChanged() {}
