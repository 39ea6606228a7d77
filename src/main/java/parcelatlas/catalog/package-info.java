/**
 * The portal's layers and their fields: the single allow-list from which the importer maps and
 * validates input, the storage writes columns and the API selects properties. No column name
 * reaches SQL unless it is declared here.
 */
package parcelatlas.catalog;
