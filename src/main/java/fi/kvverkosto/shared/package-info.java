/**
 * What every module may use: localized text in Finnish, Swedish and English, the application's settings, paging and
 * background tasks with progress.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package fi.kvverkosto.shared;

import org.springframework.modulith.ApplicationModule;
