package parcelatlas.importer;

/** Told how far an import has come. */
@FunctionalInterface
public interface ProgressListener {
  ProgressListener NONE = (done, total) -> {};

  /** @param total the number of records, or -1 when the file does not say */
  void progress(long done, long total);
}
