package fi.kvverkosto.directory;

/**
 * What the public sees of the directory may have changed: a transaction that changed a service, an organisation, a
 * taxonomy, a term or an area has committed (a staff edit, an import, the demo data), or the search index has been
 * rebuilt or refreshed. Published after the commit, on the committing thread, so that caches of public pages and
 * results can forget what they hold. It names nothing: one commit of an import changes hundreds of records.
 */
public record DirectoryChanged() {}
