/**
 * The read side of the layers: which properties each collection serves, the SQL that selects
 * them (one small function per clause, values always bound), and the pages it returns.
 */
package parcelatlas.features;
