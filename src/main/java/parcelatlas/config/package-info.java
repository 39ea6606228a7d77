/** Settings: defaults in one place, overridden by a properties file, ATLAS_* variables and flags. */
package parcelatlas.config;
