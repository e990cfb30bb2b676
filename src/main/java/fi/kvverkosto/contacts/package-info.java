/**
 * The shared kv database: companies with their experience of foreign markets, offers and seeks, and the people to talk
 * to, each field shown only to whom its visibility allows, and each person's data held on a recorded legal basis.
 */
@ApplicationModule
package fi.kvverkosto.contacts;

import org.springframework.modulith.ApplicationModule;
