/**
 * Location context (区位要素): how far a parcel lies from the nearest highway exit, rail freight
 * station, port, airport, substation and water works of the {@code context_points} layer, in metres
 * on the WGS84 ellipsoid (0 inside the parcel). The distances are stored, a row per parcel and kind
 * in {@code context_distances}, and kept current by their writers: the importer measures each
 * parcel ({@link parcelatlas.context.ContextPointIndex}: the candidate points of each kind, then
 * {@link parcelatlas.context.ContextMetres}: the exact distance, the same double as a plot's facts
 * compute), and {@link parcelatlas.context.ContextDistances} recomputes the kinds that triggers note
 * in {@code context_stale}. The filter, the matching and the facts read the table.
 */
package parcelatlas.context;
