package parcelatlas.io.shapefile;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Area;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import parcelatlas.io.Rings;

/**
 * Builds a MultiPolygon from the rings of one shapefile polygon record. Clockwise rings are
 * shells and counter-clockwise rings are holes; flat rings (zero area, no winding) are treated
 * like holes. Each hole goes to the smallest shell that contains it, and a hole that no shell
 * contains becomes a shell of its own (real files get the winding wrong). Shells keep file
 * order. Nothing is repaired, so the result may be invalid, but building it never throws.
 */
final class PolygonAssembler {
  private final GeometryFactory factory;

  PolygonAssembler(GeometryFactory factory) {
    this.factory = factory;
  }

  MultiPolygon assemble(List<Coordinate[]> rings) {
    List<Shell> shells = new ArrayList<>();
    List<Coordinate[]> holes = new ArrayList<>();
    for (Coordinate[] points : rings) {
      Coordinate[] ring = Rings.closed(points);
      if (ring.length == 0) {
        continue;
      }
      if (Rings.isClockwise(ring)) {
        shells.add(new Shell(ring));
      } else {
        holes.add(ring);
      }
    }
    List<Shell> orphans = new ArrayList<>();
    for (Coordinate[] hole : holes) {
      Shell owner = smallestContaining(shells, hole);
      if (owner == null) {
        orphans.add(new Shell(hole));
      } else {
        owner.holes.add(factory.createLinearRing(hole));
      }
    }
    shells.addAll(orphans);
    Polygon[] polygons = new Polygon[shells.size()];
    for (int i = 0; i < polygons.length; i++) {
      Shell shell = shells.get(i);
      polygons[i] = factory.createPolygon(
          factory.createLinearRing(shell.ring), shell.holes.toArray(new LinearRing[0]));
    }
    return factory.createMultiPolygon(polygons);
  }

  private static Shell smallestContaining(List<Shell> shells, Coordinate[] hole) {
    Envelope holeBox = envelope(hole);
    Shell best = null;
    for (Shell shell : shells) {
      boolean smaller = best == null || shell.area < best.area;
      if (smaller && shell.box.covers(holeBox) && shell.contains(hole)) {
        best = shell;
      }
    }
    return best;
  }

  private static Envelope envelope(Coordinate[] ring) {
    Envelope box = new Envelope();
    for (Coordinate c : ring) {
      box.expandToInclude(c);
    }
    return box;
  }

  private static final class Shell {
    final Coordinate[] ring;
    final Envelope box;
    final double area;
    final List<LinearRing> holes = new ArrayList<>();

    Shell(Coordinate[] ring) {
      this.ring = ring;
      this.box = envelope(ring);
      this.area = Math.abs(Area.ofRingSigned(ring));
    }

    /** Decided by the first hole vertex not on this shell's boundary; all on it counts as inside. */
    boolean contains(Coordinate[] hole) {
      for (Coordinate c : hole) {
        int location = PointLocation.locateInRing(c, ring);
        if (location != Location.BOUNDARY) {
          return location == Location.INTERIOR;
        }
      }
      return true;
    }
  }
}
