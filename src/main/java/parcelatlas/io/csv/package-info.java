/** Small RFC 4180 CSV files (the demo's progress tables). */
package parcelatlas.io.csv;
