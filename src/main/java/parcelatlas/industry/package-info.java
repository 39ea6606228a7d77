/**
 * The industry catalogue (产业目录): categories with Chinese and English names and synonyms, the
 * one rule that maps free text (a park's leading industries, a parcel's industry orientation, an
 * investor's query) onto them, and the stored category codes kept in step with that rule.
 */
package parcelatlas.industry;
