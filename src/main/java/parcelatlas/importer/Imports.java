package parcelatlas.importer;

import parcelatlas.domain.BadInput;
import parcelatlas.domain.ErrorCode;
import parcelatlas.desk.ReportRefused;
import parcelatlas.domain.Problem;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Locale;
import java.util.regex.Pattern;
import parcelatlas.importer.UploadRefused.Reason;
import parcelatlas.io.BadInputException;
import parcelatlas.storage.Storage;

/**
 * Imports from uploaded files, in three steps that any app node can serve: upload (checked,
 * previewed, stored in the database), preview with adjusted choices (a dry run), and commit (the
 * real all-or-nothing import, which deletes the upload in its own transaction). Files exist on
 * disk only while one request runs, in a scratch folder under the work root.
 */
public final class Imports {
  /** Sizes above this cannot be stored (H2 and PostgreSQL binary columns stop near 1 GB). */
  public static final long MAX_LIMIT = 1_000_000_000L;
  private static final Pattern PLAIN_NAME = Pattern.compile("[^/\\\\:*?\"<>|\\p{Cntrl}]{1,200}");
  private final Storage storage;
  private final Uploads uploads;
  private final Path workRoot;
  private final long maxBytes;

  /**
   * @param workRoot the folder under which each request gets (and removes) its scratch folder
   * @param maxBytes the largest upload accepted
   */
  public Imports(Storage storage, Clock clock, Path workRoot, long maxBytes) {
    if (maxBytes <= 0 || maxBytes > MAX_LIMIT) {
      throw new IllegalArgumentException("import.max.bytes must be between 1 and " + MAX_LIMIT + ", not " + maxBytes);
    }
    this.storage = storage;
    this.uploads = new Uploads(storage, clock);
    this.workRoot = workRoot;
    this.maxBytes = maxBytes;
  }

  /** A stored upload and its first preview. */
  public record Staged(Upload upload, ImportPreview preview) {}

  /**
   * Receives a file: refuses it when larger than the limit (before reading, if the length is
   * declared), of a type the importer does not read, or unreadable (not a zip, zip bomb, entry
   * escaping the folder, shapefile parts missing, …); otherwise stores it and previews it.
   *
   * @param declaredLength the request's Content-Length, or -1
   * @throws UploadRefused with nothing stored
   * @throws BadInput when the file name is not a plain file name
   */
  public Staged upload(String owner, String fileName, long declaredLength, InputStream body, ImportChoices choices) {
    String name = checkName(fileName);
    if (declaredLength > maxBytes) {
      throw tooLarge();
    }
    try (UploadWorkspace work = UploadWorkspace.create(workRoot)) {
      UploadWorkspace.Received received = work.receive(body, maxBytes, tooLarge());
      ImportPreview preview = preview(work, name, choices, owner);
      if (!preview.readable()) {
        throw new UploadRefused(Reason.UNREADABLE, Problem.of(ErrorCode.UPLOAD_UNREADABLE, name + " cannot be read: "
            + preview.problems().get(0).getMessage(), "file", name), preview.problems());
      }
      Upload upload = uploads.add(owner, name, work.body(), received.size(), received.sha256());
      return new Staged(upload, preview);
    }
  }

  /** Previews the owner's upload with {@code choices}. */
  public ImportPreview preview(String owner, String id, ImportChoices choices) {
    Upload upload = find(owner, id);
    try (UploadWorkspace work = UploadWorkspace.create(workRoot)) {
      uploads.copyContent(upload, work.body());
      return preview(work, upload.fileName(), choices, owner);
    }
  }

  /** The counts of a re-import diff the user saw and confirms: rows changed, rows absent from the file. */
  public record Confirmation(long changed, long absent) {}

  /**
   * Imports the owner's upload for real, recorded as done by the owner; the upload is deleted in
   * the same transaction. When the import changes rows the layer holds or leaves some out, its own
   * diff (computed in its transaction) must show the changed and absent counts the user confirmed.
   *
   * @param confirm the counts the user saw in the preview and confirmed; null when none
   * @throws ImportFailedException when records are refused: nothing written, the upload kept
   * @throws BadInputException when the file as a whole is refused (e.g. no CRS): likewise
   * @throws ReportRefused (conflict) when the diff changes or leaves out rows and {@code confirm} is
   *     missing or does not match it: likewise
   */
  public ImportReport commit(String owner, String id, ImportChoices choices, Confirmation confirm) {
    Upload upload = find(owner, id);
    ReimportDiff diff = new ReimportDiff(choices.layer());
    try (UploadWorkspace work = UploadWorkspace.create(workRoot)) {
      uploads.copyContent(upload, work.body());
      Path staged = work.stage(upload.fileName());
      return LayerImporter.run(storage, choices.options(staged, owner), new ImportObserver() {
        @Override
        public void started(Connection connection) throws SQLException {
          diff.snapshot(connection);
        }

        @Override
        public void beforeCommit(Connection connection, ImportReport report) throws SQLException {
          checkConfirmed(diff.compare(connection, report), confirm);
          beforeCommit(connection);
        }

        @Override
        public void beforeCommit(Connection connection) throws SQLException {
          if (Uploads.delete(connection, id, owner) != 1) {
            throw BadInputException.ofFile(upload.fileName(), "was imported or discarded meanwhile");
          }
        }
      });
    }
  }

  private static void checkConfirmed(ReimportDiff.Counts diff, Confirmation confirm) {
    if (diff.existing() == 0 || diff.changed() == 0 && diff.absent() == 0) {
      return; // no row the layer holds is changed or left out: nothing to confirm
    }
    if (confirm == null || confirm.changed() != diff.changed() || confirm.absent() != diff.absent()) {
      throw new ReportRefused(ReportRefused.Kind.CONFLICT, Problem.of(ErrorCode.REIMPORT_NOT_CONFIRMED,
          "the layer already has rows: this import changes " + diff.changed() + " of them and " + diff.absent()
          + " are not in the file; preview it and send \"confirm\": {\"changed\": " + diff.changed()
          + ", \"absent\": " + diff.absent() + "} with the commit" + (confirm == null ? ""
          : " (the confirmation said " + confirm.changed() + " changed, " + confirm.absent() + " absent)"),
          "changed", diff.changed(), "absent", diff.absent()));
    }
  }

  /** Discards the owner's upload. */
  public void discard(String owner, String id) {
    if (!uploads.delete(id, owner)) {
      throw notFound(id);
    }
  }

  public long maxBytes() {
    return maxBytes;
  }

  private ImportPreview preview(UploadWorkspace work, String name, ImportChoices choices, String owner) {
    Path staged;
    try {
      staged = work.stage(name);
    } catch (BadInputException e) {
      return ImportPreview.unreadable(choices.layer().id(), name, java.util.List.of(e));
    }
    return ImportPreview.run(storage, choices.options(staged, owner));
  }

  private Upload find(String owner, String id) {
    return uploads.find(id, owner).orElseThrow(() -> notFound(id));
  }

  private static UploadRefused notFound(String id) {
    return new UploadRefused(Reason.NOT_FOUND, Problem.of(ErrorCode.UPLOAD_NOT_FOUND, "no upload " + id
        + " of yours (uploads expire after " + Uploads.LIFETIME.toHours() + " hours)",
        "id", id, "hours", Uploads.LIFETIME.toHours()));
  }

  private UploadRefused tooLarge() {
    return new UploadRefused(Reason.TOO_LARGE, Problem.of(ErrorCode.UPLOAD_TOO_LARGE,
        "the file is larger than the upload limit of " + megabytes(maxBytes) + " (" + maxBytes
        + " bytes, setting import.max.bytes)", "limit", megabytes(maxBytes)));
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
  }

  private static String checkName(String fileName) {
    if (fileName == null || fileName.isBlank()) {
      throw new BadInput(ErrorCode.FILE_NAME_REQUIRED, "name: the file name is required, e.g. ?name=parcels.zip");
    }
    String name = fileName.strip();
    if (!PLAIN_NAME.matcher(name).matches() || name.equals(".") || name.equals("..")) {
      throw new BadInput(ErrorCode.FILE_NAME_INVALID, "name: '" + name + "' is not a plain file name",
          "value", name);
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (!(lower.endsWith(".zip") || lower.endsWith(".geojson") || lower.endsWith(".json"))) {
      int dot = name.lastIndexOf('.');
      throw new UploadRefused(Reason.UNSUPPORTED_TYPE, Problem.of(ErrorCode.UPLOAD_TYPE_UNSUPPORTED, name + ": "
          + (dot < 0 ? "a file without extension" : "." + name.substring(dot + 1) + " files")
          + " cannot be imported; upload a zipped shapefile (.zip) or GeoJSON (.geojson, .json)", "file", name));
    }
    return name;
  }
}
