/**
 * Publishes and searches the region's growth and internationalisation services, their providers and the taxonomies
 * that classify them.
 */
@ApplicationModule
package fi.kvverkosto.directory;

import org.springframework.modulith.ApplicationModule;
