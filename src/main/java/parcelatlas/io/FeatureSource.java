package parcelatlas.io;

import java.nio.charset.Charset;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * A feature file opened for reading: a shapefile (folder, zip or .shp) or a GeoJSON file.
 * Records are read lazily, one at a time, so memory does not grow with the file.
 * Reading problems surface as {@link BadInputException} naming file, record and field.
 */
public interface FeatureSource extends AutoCloseable {

  /** The name the user knows the input by (e.g. {@code parcels.zip!parcels.shp}), for messages. */
  String fileName();

  /** Source field names in file order. */
  List<String> fieldNames();

  /** The CRS text carried by the file: the .prj WKT, or a GeoJSON "crs" name; empty when absent. */
  Optional<String> crsText();

  /** The charset used to decode text attributes. */
  Charset encoding();

  /** Where the encoding came from: "option", "cpg", "dbf code page", "rfc7946" or "default". */
  String encodingSource();

  /**
   * Why the encoding, guessed from the text, is not to be trusted (a problem naming a record and
   * field), or empty. An import refuses such a file until an encoding is named.
   */
  default Optional<BadInputException> encodingDoubt() {
    return Optional.empty();
  }

  /** Number of records when the format states it (shapefile), else -1. */
  long recordCount();

  /** A fresh iterator over the records, in file order. */
  Iterator<SourceRecord> records();

  /**
   * A fresh iterator over the records, in file order, each still to be decoded (possibly on
   * another thread): the reading thread only cuts the records out of the file. Problems with
   * the file's structure (a truncated file) are thrown by the iterator, problems within a record
   * by {@link PendingRecord#decode()}. By default, the records already decoded.
   */
  default Iterator<PendingRecord> pendingRecords() {
    Iterator<SourceRecord> records = records();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return records.hasNext();
      }

      @Override
      public PendingRecord next() {
        return PendingRecord.of(records.next());
      }
    };
  }

  @Override
  void close();
}
