/**
 * Location context (区位要素): how far a parcel lies from the nearest highway exit, rail freight
 * station, port, airport, substation and water works of the {@code context_points} layer, in metres
 * on the WGS84 ellipsoid. A bounded candidate search through the spatial index ({@code &&} against
 * a box that surely holds every point within the radius) is followed by an exact geodesic distance.
 */
package parcelatlas.context;
