package parcelatlas.io.shapefile;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;

/**
 * The 100-byte header shared by .shp and .shx files: file code 9994, file length in 16-bit
 * words (big-endian), version 1000, shape type and bounding box (little-endian).
 *
 * @param lengthInWords the file length the header states, in 16-bit words
 * @param shapeType the shapefile type code (0, 1, 3, 5, 8 and their Z/M variants)
 */
record ShpHeader(long lengthInWords, int shapeType) {
  static final int SIZE = 100;
  static final int FILE_CODE = 9994;
  private static final Set<Integer> READABLE_TYPES =
      Set.of(0, 1, 3, 5, 8, 11, 13, 15, 18, 21, 23, 25, 28);

  /**
   * Parses a header. An unusable one is an {@link IllegalArgumentException} whose message the
   * caller wraps with the file name.
   */
  static ShpHeader parse(ByteBuffer bytes) {
    ByteBuffer header = bytes.duplicate().order(ByteOrder.BIG_ENDIAN);
    int fileCode = header.getInt(0);
    if (fileCode != FILE_CODE) {
      throw new IllegalArgumentException(
          "not a shapefile (file code " + fileCode + ", expected " + FILE_CODE + ")");
    }
    long length = Integer.toUnsignedLong(header.getInt(24));
    header.order(ByteOrder.LITTLE_ENDIAN);
    int type = header.getInt(32);
    if (!READABLE_TYPES.contains(type)) {
      throw new IllegalArgumentException(
          "shape type " + type + " is not supported (only points, lines, polygons and multipoints)");
    }
    return new ShpHeader(length, type);
  }

  /** The 100 header bytes for a file of {@code lengthInBytes} holding {@code type} in {@code box}. */
  static ByteBuffer encode(long lengthInBytes, int type, Envelope box) {
    ByteBuffer header = ByteBuffer.allocate(SIZE).order(ByteOrder.BIG_ENDIAN);
    header.putInt(0, FILE_CODE);
    header.putInt(24, (int) (lengthInBytes / 2));
    header.order(ByteOrder.LITTLE_ENDIAN);
    header.putInt(28, 1000);
    header.putInt(32, type);
    if (!box.isNull()) {
      header.putDouble(36, box.getMinX());
      header.putDouble(44, box.getMinY());
      header.putDouble(52, box.getMaxX());
      header.putDouble(60, box.getMaxY());
    }
    return header;
  }
}
