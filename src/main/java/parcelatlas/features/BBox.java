package parcelatlas.features;

import com.fasterxml.jackson.core.io.NumberInput;
import parcelatlas.domain.ErrorCode;
import java.util.Locale;
import parcelatlas.domain.BadInput;

/**
 * A WGS84 longitude/latitude box. West may exceed east: such a box crosses the antimeridian and
 * covers west..180 and -180..east (OGC API – Features Part 1, 7.15.3); south never exceeds north.
 */
public record BBox(double west, double south, double east, double north) {

  /**
   * Parses {@code minLon,minLat,maxLon,maxLat} or, with heights, {@code minLon,minLat,minZ,maxLon,maxLat,maxZ}
   * (the heights are checked to be numbers and otherwise ignored: the layers are 2-D); throws
   * BadInput saying what is wrong.
   */
  public static BBox parse(String text) {
    return of(numbers(text, "minLon,minLat,maxLon,maxLat"));
  }

  /** A box from {@code [west, south, east, north]}, checked against the longitude/latitude ranges. */
  public static BBox of(double[] v) {
    if (Math.abs(v[0]) > 180 || Math.abs(v[2]) > 180 || Math.abs(v[1]) > 90 || Math.abs(v[3]) > 90) {
      throw new BadInput(ErrorCode.BBOX_INVALID, "bbox must be longitude/latitude within ±180/±90");
    }
    if (!(v[1] <= v[3])) {
      throw new BadInput(ErrorCode.BBOX_INVALID, "bbox minimum latitude must not exceed the maximum");
    }
    return new BBox(v[0], v[1], v[2], v[3]);
  }

  /**
   * The four or six finite numbers of a bbox as {@code [minX, minY, maxX, maxY]} (a six-number box's
   * heights dropped after checking minZ ≤ maxZ); {@code axes} names the four-number form in messages.
   */
  public static double[] numbers(String text, String axes) {
    int parts = 1;
    for (int i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) {
      parts++;
    }
    if (parts != 4 && parts != 6) {
      throw new BadInput(ErrorCode.BBOX_INVALID, "bbox must be four numbers (" + axes + ") or six with heights, got "
          + parts);
    }
    double[] v = new double[parts];
    for (int i = 0, start = 0; i < parts; i++) {
      int end = i == parts - 1 ? text.length() : text.indexOf(',', start);
      String part = text.substring(start, end);
      start = end + 1;
      try {
        // Jackson's parser of Java's number syntax: the double Double.parseDouble gives, the same texts refused
        v[i] = NumberInput.parseDouble(part.strip(), true);
      } catch (NumberFormatException e) {
        throw new BadInput(ErrorCode.BBOX_INVALID, "bbox value '" + part + "' is not a number");
      }
      if (!Double.isFinite(v[i])) {
        throw new BadInput(ErrorCode.BBOX_INVALID, "bbox value '" + part + "' is not a finite number");
      }
    }
    if (v.length == 4) {
      return v;
    }
    if (v[2] > v[5]) {
      throw new BadInput(ErrorCode.BBOX_INVALID, "bbox minimum height must not exceed the maximum");
    }
    return new double[] {v[0], v[1], v[3], v[4]};
  }

  /** True when the box crosses the antimeridian (west > east). */
  public boolean crossesAntimeridian() {
    return west > east;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s,%s,%s,%s", west, south, east, north);
  }
}
