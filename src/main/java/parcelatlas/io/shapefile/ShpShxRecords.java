package parcelatlas.io.shapefile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.locationtech.jts.geom.Envelope;

/**
 * The records of a .shp and its .shx, from record contents encoded by the caller, written to two
 * streams as they come, without the 100-byte headers: those (lengths, shape type, bounding box)
 * are known only after the last record and {@link #shpHeader} / {@link #shxHeader} give them
 * then, for a caller that puts them in front (a zip entry deflated as it went). Headers in front
 * of the records make the files {@link ShapefileWriter} writes for the same shapes. Not thread-safe.
 */
public final class ShpShxRecords {
  private final ShapeType type;
  private final OutputStream shp;
  private final OutputStream shx;
  private final Envelope box = new Envelope();
  private final ByteBuffer pair = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN);
  private long shpLength = ShpHeader.SIZE;
  private long shxLength = ShpHeader.SIZE;
  private int count;

  public ShpShxRecords(OutputStream shpRecords, OutputStream shxRecords, ShapeType type) {
    this.type = type;
    this.shp = shpRecords;
    this.shx = shxRecords;
  }

  /**
   * Writes one record: {@code content} from its position to its limit (shape type, then the
   * shape, little-endian; consumed; a heap buffer), {@code minX..maxY} its box, ignored for a null
   * shape (NaN). Passing the 2 GiB a .shp may hold is an {@link IllegalStateException}.
   */
  public void write(ByteBuffer content, double minX, double minY, double maxX, double maxY) throws IOException {
    int bytes = content.remaining();
    int words = bytes / 2;
    long offset = shpLength;
    if (offset / 2 + 4 + words > Integer.MAX_VALUE) {
      throw new IllegalStateException("the .shp would pass the 2 GiB shapefile limit");
    }
    count++;
    shp.write(pair.clear().putInt(count).putInt(words).array(), 0, 8);
    shp.write(content.array(), content.arrayOffset() + content.position(), bytes);
    content.position(content.limit());
    shx.write(pair.clear().putInt((int) (offset / 2)).putInt(words).array(), 0, 8);
    shpLength += 8 + bytes;
    shxLength += 8;
    if (!Double.isNaN(minX)) {
      box.expandToInclude(minX, minY);
      box.expandToInclude(maxX, maxY);
    }
  }

  /** The .shp's header for the records written so far. */
  public byte[] shpHeader() {
    return ShpHeader.encode(shpLength, type.code(), box).array();
  }

  /** The .shx's header for the records written so far. */
  public byte[] shxHeader() {
    return ShpHeader.encode(shxLength, type.code(), box).array();
  }
}
