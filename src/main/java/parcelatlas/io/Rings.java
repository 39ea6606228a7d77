package parcelatlas.io;

import java.util.Arrays;
import org.locationtech.jts.algorithm.Area;
import org.locationtech.jts.geom.Coordinate;

/**
 * Ring helpers shared by the readers and writers. {@link #closed} turns the points of a ring as
 * found in a file into something JTS accepts as a LinearRing (closed, at least four points)
 * without repairing anything else; {@link #oriented} gives a ring the winding a format demands.
 * Neither method throws for degenerate input, and neither modifies its argument.
 */
public final class Rings {
  private Rings() {}

  /**
   * The ring closed (first point appended when it differs from the last) and padded by repeating
   * the first point up to four points. An empty array stays empty.
   */
  public static Coordinate[] closed(Coordinate[] points) {
    if (points.length == 0) {
      return points;
    }
    boolean open = !points[0].equals2D(points[points.length - 1]);
    int size = Math.max(4, points.length + (open ? 1 : 0));
    Coordinate[] ring = Arrays.copyOf(points, size);
    for (int i = points.length; i < size; i++) {
      ring[i] = points[0].copy();
    }
    return ring;
  }

  /** True when the ring winds clockwise (positive signed area in JTS terms). */
  public static boolean isClockwise(Coordinate[] ring) {
    return Area.ofRingSigned(ring) > 0;
  }

  /** True when the ring winds counter-clockwise; flat rings are neither. */
  public static boolean isCounterClockwise(Coordinate[] ring) {
    return Area.ofRingSigned(ring) < 0;
  }

  /**
   * The ring with the requested winding: the same array when it already winds that way or is
   * flat (zero area), else a reversed copy.
   */
  public static Coordinate[] oriented(Coordinate[] ring, boolean clockwise) {
    boolean needsReversal = clockwise ? isCounterClockwise(ring) : isClockwise(ring);
    if (!needsReversal) {
      return ring;
    }
    Coordinate[] reversed = new Coordinate[ring.length];
    for (int i = 0; i < ring.length; i++) {
      reversed[i] = ring[ring.length - 1 - i];
    }
    return reversed;
  }
}
