package parcelatlas.io;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * A source read from files unpacked into a temporary folder: behaves exactly like the source it
 * wraps and deletes the folder when closed.
 */
final class TempFolderSource implements FeatureSource {
  private final FeatureSource inner;
  private final Path folder;

  TempFolderSource(FeatureSource inner, Path folder) {
    this.inner = inner;
    this.folder = folder;
  }

  /** The temporary folder, deleted on close. */
  Path folder() {
    return folder;
  }

  @Override
  public String fileName() {
    return inner.fileName();
  }

  @Override
  public List<String> fieldNames() {
    return inner.fieldNames();
  }

  @Override
  public Optional<String> crsText() {
    return inner.crsText();
  }

  @Override
  public Charset encoding() {
    return inner.encoding();
  }

  @Override
  public String encodingSource() {
    return inner.encodingSource();
  }

  @Override
  public Optional<BadInputException> encodingDoubt() {
    return inner.encodingDoubt();
  }

  @Override
  public long recordCount() {
    return inner.recordCount();
  }

  @Override
  public Iterator<SourceRecord> records() {
    return inner.records();
  }

  @Override
  public Iterator<PendingRecord> pendingRecords() {
    return inner.pendingRecords();
  }

  @Override
  public void close() {
    try {
      inner.close();
    } finally {
      TempFolder.delete(folder);
    }
  }
}
