package parcelatlas.io;

/**
 * A record cut from a file but not decoded yet, so that decoding (text in the file's charset,
 * numbers, dates, the geometry) can run on another thread than the one reading the file.
 * {@link #decode} gives the same record, or throws the same {@link BadInputException}, that
 * {@link FeatureSource#records()} gives or throws at that record. It may be called on any thread,
 * once per record; the records of one walk may be decoded on several threads at once.
 */
public interface PendingRecord {

  /** The 1-based record number, as in {@link SourceRecord#number()}. */
  long number();

  /** The decoded record; throws BadInputException when the record does not decode. */
  SourceRecord decode();

  /** A record already decoded (formats that decode as they read). */
  static PendingRecord of(SourceRecord record) {
    return new PendingRecord() {
      @Override
      public long number() {
        return record.number();
      }

      @Override
      public SourceRecord decode() {
        return record;
      }
    };
  }
}
