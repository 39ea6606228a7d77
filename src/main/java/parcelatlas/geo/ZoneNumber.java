package parcelatlas.geo;

import java.util.Locale;
import java.util.Optional;

/**
 * Gauss-Krüger eastings with or without the zone number in front (39 520 000 m or 520 000 m):
 * tells, before any reprojection, when a file's eastings and its CRS disagree about the zone
 * number, and which supported CRS would fit.
 *
 * <p>Contract: for a transverse Mercator CRS, an easting more than 1 000 km from the false
 * easting cannot belong to the zone. If the CRS has no zone number (false easting below
 * 1 000 000 m) and the easting is at least 1 000 000 m, the millions are a zone number the CRS
 * lacks; if the CRS has one and the easting is below 1 000 000 m, the easting lacks it. The
 * suggestion is the CRS of the same datum and central meridian with (or without) that zone
 * number, when the portal supports one.
 */
public final class ZoneNumber {
  private static final double MAX_OFFSET = 1_000_000;

  private ZoneNumber() {}

  /** The problem with an easting {@code x} in {@code crs}, or empty when it can belong there. */
  public static Optional<String> problem(Crs crs, double x) {
    if (crs.kind() != Crs.Kind.GAUSS_KRUGER && crs.kind() != Crs.Kind.UTM) {
      return Optional.empty();
    }
    if (!Double.isFinite(x)) {
      return Optional.of("easting " + x + " is not a number");
    }
    if (Math.abs(x - crs.falseEasting()) <= MAX_OFFSET) {
      return Optional.empty();
    }
    String easting = String.format(Locale.ROOT, "%.0f", x);
    boolean crsHasZone = crs.falseEasting() >= MAX_OFFSET;
    String what;
    double wanted;
    if (!crsHasZone && x >= MAX_OFFSET) {
      long zone = (long) Math.floor(x / MAX_OFFSET);
      what = "easting " + easting + " carries zone number " + zone + ", which the CRS EPSG:" + crs.epsg()
          + " lacks";
      wanted = zone * MAX_OFFSET + 500_000;
    } else if (crsHasZone && x >= 0 && x < MAX_OFFSET) {
      what = "easting " + easting + " lacks the zone number the CRS EPSG:" + crs.epsg() + " expects ("
          + (long) Math.floor(crs.falseEasting() / MAX_OFFSET) + ")";
      wanted = 500_000;
    } else {
      return Optional.of("easting " + easting + " is outside the zone of EPSG:" + crs.epsg()
          + " (is the CRS right? a Gauss-Krüger easting may lack or carry its zone number)");
    }
    String fit = CrsCatalog.all().values().stream()
        .filter(c -> c.datum() == crs.datum() && c.kind() == crs.kind() && !c.deprecated()
            && c.centralMeridian() == crs.centralMeridian() && c.falseEasting() == wanted
            && c.falseNorthing() == crs.falseNorthing() && c.scale() == crs.scale())
        .sorted(java.util.Comparator.comparing(c -> threeDegree(c) != threeDegree(crs)))
        .map(c -> "; name the CRS with --crs EPSG:" + c.epsg() + " (" + c.name() + ")")
        .findFirst()
        .orElse("; name the CRS that fits with --crs EPSG:n");
    return Optional.of(what + " (a Gauss-Krüger easting may lack or carry its zone number)" + fit);
  }

  /** 3° and 6° zones sharing a central meridian are one projection; keep the family of the CRS given. */
  private static boolean threeDegree(Crs crs) {
    return crs.name().contains("3-degree");
  }
}
