package parcelatlas.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Beijing 1954 to WGS 84 as PROJ 9.1 does it by default (no grids, {@code
 * proj_create_crs_to_crs}, which {@code cs2cs} and {@code gdaltransform} use): EPSG has six
 * regional transformations and no national one, so PROJ lists those whose area of use meets
 * the area of interest, then a null "ballpark" offset valid everywhere, and picks one per point.
 *
 * <ul>
 *   <li>15921 (4) Tarim, 1 m; 15936 (6) and 15918 (1) Ordos, 1 m: geocentric translations;
 *   <li>15919 (2) Yellow Sea, 15 m; 15920 (3) Pearl River, 15 m; 15935 (5) Gulf of Tonkin,
 *       10 m: position vector with rz = 0.814" and -0.38 ppm; their areas are "offshore" but
 *       the bounding boxes include the coast (Qingdao, Shanghai's north, Shenzhen, Haikou).
 * </ul>
 *
 * <p>Contract, mirroring PROJ: the area of interest is the smaller (by {@link
 * GeoBox#pseudoArea}) of the two CRSs' EPSG areas of use; operations are ordered by the
 * pseudo-area they share with it (larger first), then accuracy, then EPSG code descending, the
 * ballpark last; each operation's box is densified (21 points a side) and mapped into the
 * source CRS. {@link RegionalShift} then chooses per point. Outside every regional box points
 * get no shift at all, so results jump by up to ~100 m across box edges, exactly as with PROJ.
 * Known deviation: when PROJ gains grids or a national transformation, results will differ.
 */
final class BeijingWgs84 {
  record Operation(int code, Helmert helmert, GeoBox box, double accuracy, boolean offshore) {}

  private static final Helmert PV_SEA = new Helmert(0, 0, 0, 0, 0, 0.814, -0.38);
  static final List<Operation> OPERATIONS = List.of(
      new Operation(15921, Helmert.translation(15.8, -154.4, -82.3),
          new GeoBox(77.45, 37, 88, 41.99), 1, false),
      new Operation(15919, withShift(15.53, -113.82, -41.38),
          new GeoBox(119.23, 31.23, 125.06, 37.4), 15, true),
      new Operation(15920, withShift(31.4, -144.3, -74.8),
          new GeoBox(110.13, 18.31, 116.76, 22.89), 15, true),
      new Operation(15935, withShift(18, -136.8, -73.7),
          new GeoBox(107.15, 17.81, 110.17, 21.69), 10, true),
      new Operation(15936, Helmert.translation(11.911, -154.833, -80.079),
          new GeoBox(107, 35, 110.01, 39), 1, false),
      new Operation(15918, Helmert.translation(12.646, -155.176, -80.863),
          new GeoBox(107, 35, 110.01, 39), 1, false));

  /** EPSG areas of use of the Beijing 1954 3° zones 25-45 (2401-2421 = 2422-2442): S, W, N, E. */
  private static final double[][] THREE_DEGREE = {
    {35.81, 73.62, 40.65, 76.5}, {31.03, 76.5, 41.83, 79.5}, {29.95, 79.5, 45.88, 82.51},
    {28.26, 82.5, 47.23, 85.5}, {27.8, 85.5, 49.18, 88.5}, {27.32, 88.49, 48.42, 91.51},
    {27.71, 91.5, 45.13, 94.5}, {28.23, 94.5, 44.5, 97.51}, {21.43, 97.5, 42.76, 100.5},
    {21.13, 100.5, 42.69, 103.5}, {22.5, 103.5, 42.21, 106.51}, {18.19, 106.5, 42.47, 109.51},
    {18.11, 109.5, 45.11, 112.5}, {21.52, 112.5, 45.45, 115.5}, {22.6, 115.5, 49.88, 118.5},
    {24.43, 118.5, 53.33, 121.5}, {28.22, 121.5, 53.56, 124.5}, {40.19, 124.5, 53.2, 127.5},
    {41.37, 127.5, 50.25, 130.5}, {42.42, 130.5, 48.88, 133.5}, {45.85, 133.5, 48.4, 134.77}
  };

  /** EPSG areas of use of the Beijing 1954 6° zones 13-23 (21413-21423 and CM variants). */
  private static final double[][] SIX_DEGREE = {
    {35.42, 73.62, 41.07, 78.01}, {29.16, 77.98, 47.23, 84}, {27.32, 84, 49.18, 90},
    {27.71, 90, 47.9, 96.01}, {21.13, 96, 43.18, 102.01}, {21.53, 102, 42.47, 108},
    {18.11, 108, 45.11, 114}, {22.14, 114, 51.52, 120}, {26.34, 120, 53.56, 126},
    {40.89, 126, 52.79, 132}, {45.02, 132, 48.4, 134.77}
  };

  private BeijingWgs84() {}

  static DatumShift prepare(Crs from, Crs to) {
    boolean forward = from.datum() == Datum.BEIJING_1954;
    GeoBox fromArea = areaOfUse(from);
    GeoBox toArea = areaOfUse(to);
    GeoBox interest = fromArea.pseudoArea() <= toArea.pseudoArea() ? fromArea : toArea;
    List<Operation> chosen = new ArrayList<>();
    for (Operation op : OPERATIONS) {
      if (op.box().intersects(interest)) {
        chosen.add(op);
      }
    }
    chosen.sort(Comparator
        .comparingDouble((Operation op) -> -op.box().intersection(interest).pseudoArea())
        .thenComparingDouble(Operation::accuracy)
        .thenComparing(Comparator.comparingInt(Operation::code).reversed()));
    return new RegionalShift(chosen, from.projection(), forward);
  }

  /** The EPSG area of use of a Beijing 1954 or WGS 84 CRS of the supported set. */
  static GeoBox areaOfUse(Crs crs) {
    if (crs.datum() == Datum.WGS84) {
      return switch (crs.kind()) {
        case GEOGRAPHIC -> GeoBox.WORLD;
        case WEB_MERCATOR -> new GeoBox(-180, -85.06, 180, 85.06);
        default -> crs.falseNorthing() == 0
            ? new GeoBox(crs.centralMeridian() - 3, 0, crs.centralMeridian() + 3, 84)
            : new GeoBox(crs.centralMeridian() - 3, -80, crs.centralMeridian() + 3, 0);
      };
    }
    if (crs.isGeographic()) {
      return new GeoBox(73.62, 16.7, 134.77, 53.56);
    }
    boolean three = crs.name().contains("3-degree");
    double[] r = three
        ? THREE_DEGREE[(int) Math.round((crs.centralMeridian() - 75) / 3)]
        : SIX_DEGREE[(int) Math.round((crs.centralMeridian() - 75) / 6)];
    return new GeoBox(r[1], r[0], r[3], r[2]);
  }

  private static Helmert withShift(double tx, double ty, double tz) {
    return new Helmert(tx, ty, tz, PV_SEA.rx(), PV_SEA.ry(), PV_SEA.rz(), PV_SEA.ppm());
  }
}
