package parcelatlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Areas of straight lon/lat outlines, against closed forms and against the geodesic area where the two agree. */
class LonLatPlaneAreaTest {
  private static Geometry wkt(String text) throws ParseException {
    return new WKTReader().read(text);
  }

  @Test
  void a_band_round_the_earth_is_the_spherical_zone_between_its_latitudes() throws ParseException {
    double r = LonLatPlaneArea.AUTHALIC_RADIUS;
    double zone = 2 * Math.PI * r * r * (Math.sin(Math.toRadians(40)) - Math.sin(Math.toRadians(30)));
    Geometry band = wkt("POLYGON ((-180 30, 180 30, 180 40, -180 40, -180 30))");
    assertEquals(zone, LonLatPlaneArea.squareMetres(band), zone * 1e-12);
    assertEquals(0, GeodesicArea.squareMetres(band), 1e6);
  }

  @Test
  void a_city_sized_quadrilateral_agrees_with_the_geodesic_area_to_half_a_percent() throws ParseException {
    Geometry quad = wkt("POLYGON ((117.1 34.5, 117.9 34.45, 118 35.2, 117.2 35.3, 117.1 34.5))");
    double geodesic = GeodesicArea.squareMetres(quad);
    assertEquals(geodesic, LonLatPlaneArea.squareMetres(quad), geodesic * 0.005);
  }

  @Test
  void holes_are_subtracted_and_parts_added_in_either_orientation() throws ParseException {
    double square = LonLatPlaneArea.squareMetres(wkt("POLYGON ((117 34, 117.2 34, 117.2 34.2, 117 34.2, 117 34))"));
    double reversed = LonLatPlaneArea.squareMetres(wkt("POLYGON ((117 34, 117 34.2, 117.2 34.2, 117.2 34, 117 34))"));
    assertEquals(square, reversed, 1e-6);
    double holed = LonLatPlaneArea.squareMetres(wkt("MULTIPOLYGON (((117 34, 117.2 34, 117.2 34.2, 117 34.2, 117 34),"
        + " (117.05 34.05, 117.15 34.05, 117.15 34.15, 117.05 34.15, 117.05 34.05)),"
        + " ((118 34, 118.2 34, 118.2 34.2, 118 34.2, 118 34)))"));
    double quarter = LonLatPlaneArea.squareMetres(wkt("POLYGON ((117.05 34.05, 117.15 34.05, 117.15 34.15, 117.05 34.15,"
        + " 117.05 34.05))"));
    assertEquals(2 * square - quarter, holed, 1e-3);
    assertEquals(0, LonLatPlaneArea.squareMetres(wkt("LINESTRING (117 34, 118 35)")));
  }
}
