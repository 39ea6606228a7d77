/**
 * What investors see: land-ready parcels only (净地可供 and 挂牌中), public fields only, found by
 * filters, ranked against stated needs, compared side by side, and asked about through enquiries
 * that are stored for park staff and never shown publicly.
 */
package parcelatlas.investor;
