package parcelatlas.demo;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.overlayng.OverlayNG;

/**
 * Planar geometry in EPSG:4527 (CGCS2000 / 3-degree Gauss-Krüger zone 39) as a surveying office
 * draws it: coordinates rounded to the millimetre, overlays snap-rounded on that grid so results
 * are valid and identical on every machine. Trigonometry uses {@link StrictMath} for the same
 * reason.
 */
final class Plane {
  /** EPSG code of every geometry the generator builds. */
  static final int SRID = 4527;
  static final PrecisionModel MILLIMETRES = new PrecisionModel(1000);
  static final GeometryFactory FACTORY = new GeometryFactory(MILLIMETRES, SRID);

  private Plane() {}

  static Coordinate at(double x, double y) {
    return new Coordinate(MILLIMETRES.makePrecise(x), MILLIMETRES.makePrecise(y));
  }

  /** A closed ring through {@code corners} (the first is repeated at the end). */
  static LinearRing ring(List<Coordinate> corners) {
    Coordinate[] closed = new Coordinate[corners.size() + 1];
    for (int i = 0; i < corners.size(); i++) {
      closed[i] = corners.get(i).copy();
    }
    closed[corners.size()] = corners.get(0).copy();
    return FACTORY.createLinearRing(closed);
  }

  static Polygon polygon(List<Coordinate> corners) {
    return FACTORY.createPolygon(ring(corners));
  }

  static Geometry intersection(Geometry a, Geometry b) {
    return OverlayNG.overlay(a, b, OverlayNG.INTERSECTION, MILLIMETRES);
  }

  static Geometry difference(Geometry a, Geometry b) {
    return OverlayNG.overlay(a, b, OverlayNG.DIFFERENCE, MILLIMETRES);
  }

  /** The largest polygon of a (multi)polygon, or null when there is none. */
  static Polygon largestPolygon(Geometry geometry) {
    Polygon best = null;
    for (int i = 0; i < geometry.getNumGeometries(); i++) {
      Geometry part = geometry.getGeometryN(i);
      if (part instanceof Polygon p && (best == null || p.getArea() > best.getArea())) {
        best = p;
      }
    }
    return best;
  }

  /**
   * A rotated local frame: x along the park's grid, y across it, origin at a fixed world point.
   *
   * @param angle counter-clockwise rotation of the local x axis from east, in radians
   */
  record Frame(double originX, double originY, double angle) {
    static Frame degrees(double originX, double originY, double degrees) {
      return new Frame(originX, originY, StrictMath.toRadians(degrees));
    }

    Coordinate toWorld(double x, double y) {
      double cos = StrictMath.cos(angle);
      double sin = StrictMath.sin(angle);
      return at(originX + x * cos - y * sin, originY + x * sin + y * cos);
    }

    Coordinate toLocal(Coordinate world) {
      double cos = StrictMath.cos(angle);
      double sin = StrictMath.sin(angle);
      double dx = world.x - originX;
      double dy = world.y - originY;
      return new Coordinate(dx * cos + dy * sin, -dx * sin + dy * cos);
    }

    /** The local rectangle {@code box} drawn in world coordinates, corners counter-clockwise. */
    Polygon rectangle(Envelope box) {
      return polygon(List.of(
          toWorld(box.getMinX(), box.getMinY()), toWorld(box.getMaxX(), box.getMinY()),
          toWorld(box.getMaxX(), box.getMaxY()), toWorld(box.getMinX(), box.getMaxY())));
    }

    /** The local bounding box of a world geometry. */
    Envelope localEnvelope(Geometry world) {
      Envelope box = new Envelope();
      for (Coordinate c : world.getCoordinates()) {
        box.expandToInclude(toLocal(c));
      }
      return box;
    }
  }
}
