package parcelatlas.context;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * LocalPlacement's bound is what makes ParcelOutline exact: a segment is left unmeasured only when
 * the bound says it cannot be the nearest. The bound must hold with room to spare: on random
 * parcels of every size that takes the quick way (1 m to 5.5 km), at latitudes up to 75° on both
 * sides, with points from 25 m to 300 km away, every vertex placed by the expansion lies within a
 * fifth of its bound of its exact place (the worst seen is about a seventh of the bound's
 * second-order part alone, and about 6 cm at 5 km and 290 km).
 */
class LocalPlacementTest {
  @Test
  void first_order_places_lie_well_within_their_bound() {
    Random random = new Random(20261207);
    GeometryFactory f = new GeometryFactory();
    double worst = 0;
    int placed = 0;
    for (int t = 0; t < 60_000; t++) {
      double lat = (random.nextDouble() * 2 - 1) * (ParcelOutline.MAX_LAT - ParcelOutline.MAX_SPAN_DEG);
      double lon = -179 + random.nextDouble() * 358;
      double span = Math.pow(10, -5 + random.nextDouble() * 3.7); // 1e-5° to 0.05°
      Coordinate[] c = new Coordinate[5];
      for (int k = 0; k < 4; k++) {
        c[k] = new Coordinate(lon + random.nextDouble() * span, lat + random.nextDouble() * span);
      }
      c[4] = c[0];
      ParcelOutline o = ParcelOutline.of(f.createPolygon(c));
      double reach = Math.pow(10, -3.5 + random.nextDouble() * 6) / 111.0;
      double bearing = random.nextDouble() * 2 * Math.PI;
      double px = lon + reach * Math.sin(bearing) / Math.cos(Math.toRadians(lat));
      double py = lat + reach * Math.cos(bearing);
      int ref = random.nextInt(o.vertices());
      GeodesicData g = Geodesic.WGS84.Inverse(py, px, o.lat[ref], o.lon[ref]);
      if (Math.abs(py) > 85 || Math.abs(px) > 180 || g.s12 < NearSegments.NEAR_M || g.s12 > 300_000) {
        continue;
      }
      LocalPlacement place = new LocalPlacement(o, ref, g);
      int n = o.vertices();
      double[] x = new double[n];
      double[] y = new double[n];
      double[] bound = new double[n];
      double[] xe = new double[n];
      double[] ye = new double[n];
      for (int i = 0; i < n; i++) {
        if (i != ref) {
          place.place(i, x, y, bound);
          place.exactly(i, px, py, xe, ye, new boolean[n]);
          double error = Math.hypot(x[i] - xe[i], y[i] - ye[i]);
          worst = Math.max(worst, error / bound[i]);
          placed++;
        }
      }
    }
    assertTrue(placed > 100_000, "placed " + placed);
    assertTrue(worst < 0.2, "worst error / bound " + worst);
  }
}
