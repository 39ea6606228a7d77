package parcelatlas.demo;

import java.util.List;
import java.util.Map;
import parcelatlas.domain.LandUse;
import parcelatlas.domain.ParkLevel;

/**
 * The hand-written character of one park: identity, where it lies, how its road grid runs, how far
 * it is developed and what its land is used and priced for. {@link ParkCatalog} holds the city's
 * parks; the generators derive boundaries, parcels and projects from these facts.
 *
 * @param centreX easting of the park's centre in EPSG:4527 metres (with the 39 zone prefix)
 * @param centreY northing of the park's centre in EPSG:4527 metres
 * @param areaKm2 planned area (规划面积); the drawn boundary is within a few percent of it
 * @param gridAngleDeg rotation of the road grid, counter-clockwise from east
 * @param servicing how many "通" a fully developed plot has: 7 (七通一平), 5 or 3
 * @param maturity 0..1, the share of the park already built up; drives the status mix
 * @param landUse relative weights of land uses for ordinary plots
 * @param orientations 产业导向 texts a plot may carry
 * @param trades project industries (keys of {@link ProjectTemplates}) the park attracts
 */
record ParkSpec(
    String code,
    String name,
    String nameEn,
    ParkLevel level,
    String leadingIndustries,
    double areaKm2,
    double centreX,
    double centreY,
    double gridAngleDeg,
    int servicing,
    double maturity,
    List<String> townships,
    Map<LandUse, Double> landUse,
    Range price,
    Range intensity,
    Range tax,
    List<String> orientations,
    List<String> trades,
    String address,
    String summary) {}
