package parcelatlas.tiles;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * A WGS84 geometry made ready for one tile, as {@code ST_AsMVTGeom} does on PostGIS: projected
 * to Web Mercator and into the tile's 0–{@link Tile#EXTENT} grid (y down), simplified by
 * {@link Tile#simplifyTolerance()}, clipped to the tile with its {@link Tile#BUFFER} margin and
 * snapped to whole grid units; null when nothing of it is left. A polygon that snapping would
 * collapse (smaller than a grid unit: a park of a few km² at tile matrices 0-2) is kept as a square
 * one unit wide around its interior point, as {@link PostgisTiles} does, so a tile holds every
 * polygon of its box at every zoom.
 */
final class TileGeometry {
  private static final GeometryFactory GRID = new GeometryFactory(new PrecisionModel(1.0));
  private final double minX;
  private final double maxY;
  private final double scale;
  private final double tolerance;
  private final Geometry clip;

  TileGeometry(Tile tile) {
    double[] m = tile.mercator(0);
    this.minX = m[0];
    this.maxY = m[3];
    this.scale = Tile.EXTENT / tile.width();
    this.tolerance = tile.simplifyTolerance() * scale;
    this.clip = GRID.toGeometry(new Envelope(-Tile.BUFFER, Tile.EXTENT + Tile.BUFFER, -Tile.BUFFER,
        Tile.EXTENT + Tile.BUFFER));
  }

  Geometry shape(Geometry wgs84) {
    Geometry grid = wgs84.copy();
    grid.apply(new ToGrid());
    grid.geometryChanged();
    Geometry shaped = clipped(grid.getDimension() > 0 ? TopologyPreservingSimplifier.simplify(grid, tolerance) : grid);
    return shaped != null || grid.getDimension() < 2 ? shaped : clipped(unitSquare(grid.getInteriorPoint()));
  }

  /** Clipped to the tile with its margin and snapped to the grid; null when nothing is left. */
  private Geometry clipped(Geometry g) {
    if (!clip.getEnvelopeInternal().intersects(g.getEnvelopeInternal())) {
      return null;
    }
    if (!clip.getEnvelopeInternal().contains(g.getEnvelopeInternal())) {
      int dimension = g.getDimension();
      g = sameDimension(g.intersection(clip), dimension);
    }
    g = GeometryPrecisionReducer.reduce(g, GRID.getPrecisionModel());
    return g.isEmpty() ? null : g;
  }

  /** A square one grid unit wide around a point: what a polygon too small for the grid is kept as. */
  private static Geometry unitSquare(org.locationtech.jts.geom.Point at) {
    Envelope e = new Envelope(at.getCoordinate());
    e.expandBy(0.5);
    return GRID.toGeometry(e);
  }

  /** The parts of a clipped geometry of the original's dimension (clipping may add stray lines or points). */
  private static Geometry sameDimension(Geometry g, int dimension) {
    if (g.getClass() != org.locationtech.jts.geom.GeometryCollection.class) {
      return g;
    }
    java.util.List<Geometry> parts = new java.util.ArrayList<>();
    for (int i = 0; i < g.getNumGeometries(); i++) {
      if (g.getGeometryN(i).getDimension() == dimension) {
        parts.add(g.getGeometryN(i));
      }
    }
    return g.getFactory().buildGeometry(parts);
  }

  /** Longitude/latitude to tile grid units. */
  private final class ToGrid implements CoordinateSequenceFilter {
    @Override
    public void filter(CoordinateSequence seq, int i) {
      Coordinate c = seq.getCoordinate(i);
      seq.setOrdinate(i, 0, (Tile.x(c.x) - minX) * scale);
      seq.setOrdinate(i, 1, (maxY - Tile.y(c.y)) * scale);
    }

    @Override
    public boolean isDone() {
      return false;
    }

    @Override
    public boolean isGeometryChanged() {
      return true;
    }
  }
}
