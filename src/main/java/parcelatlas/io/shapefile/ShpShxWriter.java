package parcelatlas.io.shapefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import org.locationtech.jts.geom.Envelope;

/**
 * Writes the .shp and .shx of a shapefile from record contents encoded by the caller (as
 * {@link ShapefileWriter} does from JTS geometries, for callers that encode without building them):
 * records go to disk as they come, the headers (lengths, shape type, bounding box) are patched on
 * {@link #close}. Not thread-safe.
 */
public final class ShpShxWriter implements AutoCloseable {
  private final ShapeType type;
  private final ChannelWriter shp;
  private final ChannelWriter shx;
  private final Envelope box = new Envelope();
  private final ByteBuffer pair = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN);
  private int count;
  private boolean closed;

  /** Opens {@code shp} and its .shx sibling. */
  public ShpShxWriter(Path shp, ShapeType type) throws IOException {
    this.type = type;
    this.shp = new ChannelWriter(shp);
    try {
      this.shx = new ChannelWriter(shp.resolveSibling(Sidecars.baseName(shp) + ".shx"));
      this.shp.write(ByteBuffer.allocate(ShpHeader.SIZE));
      this.shx.write(ByteBuffer.allocate(ShpHeader.SIZE));
    } catch (IOException e) {
      this.shp.close();
      throw e;
    }
  }

  /**
   * Writes one record: {@code content} from its position to its limit (shape type, then the
   * shape, little-endian; consumed), {@code minX..maxY} its box, ignored for a null shape (NaN).
   */
  public void write(ByteBuffer content, double minX, double minY, double maxX, double maxY) throws IOException {
    int words = content.remaining() / 2;
    long offset = shp.position();
    if (offset / 2 + 4 + words > Integer.MAX_VALUE) {
      throw new IllegalStateException("the .shp would pass the 2 GiB shapefile limit");
    }
    count++;
    shp.write(pair.clear().putInt(count).putInt(words).flip());
    shp.write(content);
    shx.write(pair.clear().putInt((int) (offset / 2)).putInt(words).flip());
    if (!Double.isNaN(minX)) {
      box.expandToInclude(minX, minY);
      box.expandToInclude(maxX, maxY);
    }
  }

  /** Patches the headers and closes both files; later calls do nothing. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try (ChannelWriter s = shp; ChannelWriter x = shx) {
      s.writeAt(0, ShpHeader.encode(s.position(), type.code(), box));
      x.writeAt(0, ShpHeader.encode(x.position(), type.code(), box));
    }
  }
}
