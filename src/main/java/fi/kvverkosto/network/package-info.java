/**
 * The ecosystem made visible: declared relations between the region's actors, relations derived live from the
 * directory, graph analytics, the network map with its text alternative, the service path and the coverage of each
 * municipality.
 */
@ApplicationModule
package fi.kvverkosto.network;

import org.springframework.modulith.ApplicationModule;
