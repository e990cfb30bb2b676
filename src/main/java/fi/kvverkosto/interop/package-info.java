/**
 * Moves the catalogue in and out as Open Referral HSDS 3.0: file, zip and command-line import and export, the admin
 * upload, the open-data download, the read-only HSDS API and the built-in demo data.
 */
@ApplicationModule
package fi.kvverkosto.interop;

import org.springframework.modulith.ApplicationModule;
