/** The frame every page shares: layout, home page, navigation, language switch, error pages, accessibility statement. */
@ApplicationModule
package fi.kvverkosto.site;

import org.springframework.modulith.ApplicationModule;
