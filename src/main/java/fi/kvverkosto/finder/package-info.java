/**
 * The service finder: a short needs assessment, ranked recommendations with their reasons, a roadmap of the next
 * stages, and the anonymous demand signal of what companies asked for.
 */
@ApplicationModule
package fi.kvverkosto.finder;

import org.springframework.modulith.ApplicationModule;
