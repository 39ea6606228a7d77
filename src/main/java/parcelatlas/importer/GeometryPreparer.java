package parcelatlas.importer;

import parcelatlas.domain.BadInput;
import parcelatlas.domain.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import parcelatlas.catalog.GeometryKind;
import parcelatlas.geo.Crs;
import parcelatlas.geo.Reprojector;
import parcelatlas.geo.ZoneNumber;

/**
 * Brings a source geometry to what a layer stores: a valid MultiPolygon or a Point in EPSG:4326.
 * Invalid polygons are repaired with JTS's GeometryFixer and the repair is reported with the
 * problem as found in the source coordinates.
 */
final class GeometryPreparer {
  static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
  /**
   * The most vertices one feature may have: a parcel or park boundary has hundreds to a few thousand.
   * Bounds the work a record costs (validation, repair, reprojection) and keeps a stored geometry
   * under 1 MiB, above which H2 2.5.252 can fail to read a page it has just stored (README, "Files in
   * the embedded store").
   */
  static final int MAX_VERTICES = 50_000;

  /** The prepared geometry and, when it had to be repaired, what was wrong with it. */
  record Prepared(Geometry geometry, String repair) {}

  private final GeometryKind kind;
  private final Crs source;
  private final Reprojector reprojector;

  GeometryPreparer(GeometryKind kind, Crs source) {
    this.kind = kind;
    this.source = source;
    this.reprojector = Reprojector.of(source, Crs.WGS84);
  }

  /** Throws IllegalArgumentException with the reason when the geometry cannot be used. */
  Prepared prepare(Geometry source) {
    if (source == null || source.isEmpty()) {
      throw new BadInput(ErrorCode.GEOMETRY_MISSING, "the feature has no geometry");
    }
    int vertices = source.getNumPoints();
    if (vertices > MAX_VERTICES) {
      throw new BadInput(ErrorCode.GEOMETRY_TOO_MANY_VERTICES, "the geometry has " + vertices
          + " vertices; at most " + MAX_VERTICES + " are taken (simplify it first)", "vertices", vertices,
          "max", MAX_VERTICES);
    }
    Envelope box = source.getEnvelopeInternal();
    ZoneNumber.problem(this.source, box.getMinX())
        .or(() -> ZoneNumber.problem(this.source, box.getMaxX()))
        .ifPresent(problem -> {
          throw new IllegalArgumentException(problem);
        });
    return kind == GeometryKind.POINT ? point(source) : polygons(source);
  }

  private Prepared point(Geometry source) {
    Geometry point = source instanceof MultiPoint multi && multi.getNumGeometries() == 1
        ? multi.getGeometryN(0) : source;
    if (!(point instanceof Point)) {
      throw new BadInput(ErrorCode.GEOMETRY_WRONG_KIND, "expected a point, got a " + source.getGeometryType(),
          "expected", "point");
    }
    Geometry lonLat = reprojector.apply(point);
    checkLonLat(lonLat);
    return new Prepared(WGS84.createPoint(lonLat.getCoordinate()), null);
  }

  private Prepared polygons(Geometry source) {
    List<Polygon> parts = polygonParts(source);
    if (parts.isEmpty()) {
      throw new BadInput(ErrorCode.GEOMETRY_WRONG_KIND, "expected a polygon, got a " + source.getGeometryType(),
          "expected", "polygon");
    }
    Geometry multi = WGS84.createMultiPolygon(parts.toArray(Polygon[]::new));
    Geometry lonLat = reprojector.apply(multi);
    checkLonLat(lonLat);
    // what is valid in lon/lat is stored as it is; the source is checked only to say what a repair fixed
    if (SmallPolygons.surelyValid(lonLat) || lonLat.isValid()) {
      return new Prepared(WGS84.createMultiPolygon(polygonParts(lonLat).toArray(Polygon[]::new)), null);
    }
    TopologyValidationError sourceError = new IsValidOp(source).getValidationError();
    List<Polygon> fixed = polygonParts(GeometryFixer.fix(lonLat));
    if (fixed.isEmpty()) {
      throw new IllegalArgumentException("the polygon collapses to nothing when repaired ("
          + describe(sourceError) + ")");
    }
    String repair = sourceError != null ? describe(sourceError) : "invalid after reprojection";
    return new Prepared(WGS84.createMultiPolygon(fixed.toArray(Polygon[]::new)), repair);
  }

  private static List<Polygon> polygonParts(Geometry geometry) {
    List<Polygon> parts = new ArrayList<>();
    for (Object part : PolygonExtracter.getPolygons(geometry)) {
      Polygon polygon = (Polygon) part;
      if (!polygon.isEmpty()) {
        parts.add(polygon);
      }
    }
    return parts;
  }

  private static String describe(TopologyValidationError error) {
    if (error == null) {
      return "invalid";
    }
    Coordinate at = error.getCoordinate();
    return at == null ? error.getMessage()
        : String.format(java.util.Locale.ROOT, "%s at (%.3f %.3f)", error.getMessage(), at.x, at.y);
  }

  private static void checkLonLat(Geometry lonLat) {
    for (Coordinate c : lonLat.getCoordinates()) {
      if (!(Math.abs(c.x) <= 180 && Math.abs(c.y) <= 90)) {
        throw new IllegalArgumentException("coordinates fall outside the earth after reprojection"
            + " (is the CRS right? a Gauss-Krüger easting may lack or carry its zone number)");
      }
    }
  }
}
