package parcelatlas.io.shapefile;

import parcelatlas.io.LookaheadRecords;
import parcelatlas.io.SourceRecord;

/**
 * The records of a shapefile decoded as they are read, on the reading thread: each record cut by
 * {@link ShapefileCuts} is decoded at once, so a bad record stops the walk where it stands. Both
 * files are closed when the walk ends, fails or is closed early.
 */
final class ShapefileRecords extends LookaheadRecords {
  private final ShapefileCuts cuts;

  ShapefileRecords(ShapefileCuts cuts) {
    this.cuts = cuts;
  }

  @Override
  protected SourceRecord fetch() {
    return cuts.hasNext() ? cuts.next().decode() : null;
  }

  @Override
  protected String fileName() {
    return cuts.fileName();
  }

  @Override
  protected void release() {
    cuts.close();
  }
}
