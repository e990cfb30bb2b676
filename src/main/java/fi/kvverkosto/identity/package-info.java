/**
 * Who may do what: staff accounts and their roles, sign-in with throttling, the editors' organisations, and who made
 * each recorded change.
 */
@ApplicationModule
package fi.kvverkosto.identity;

import org.springframework.modulith.ApplicationModule;
