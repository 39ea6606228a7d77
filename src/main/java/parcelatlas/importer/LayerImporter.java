package parcelatlas.importer;

import parcelatlas.domain.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import parcelatlas.geo.Crs;
import parcelatlas.geo.UnknownCrsException;
import parcelatlas.io.BadInputException;
import parcelatlas.io.FeatureSource;
import parcelatlas.io.FeatureSources;
import parcelatlas.storage.Dialect;
import parcelatlas.storage.ImportLock;
import parcelatlas.storage.SqlWork;
import parcelatlas.storage.Storage;

/**
 * Imports one file into one layer, all or nothing: the file is opened and its CRS, encoding and
 * field mapping are settled first; then every record is converted and written inside a single
 * transaction that is rolled back if any record is refused (or always, for a dry run). The
 * dialect is told before and after ({@link Dialect#beginBulkWrite}), so that on H2 a process
 * killed mid-import leaves the file as it was. One import of a layer runs at a time
 * ({@link ImportLock}). Running out of memory refuses the import like a bad
 * record (rolled back), never committing part of it.
 */
public final class LayerImporter {
  /** Threads converting records at most, so that the records in flight stay bounded on any machine. */
  static final int MAX_CONVERTERS = 8;

  private LayerImporter() {}

  /**
   * @throws BadInputException when the file as a whole cannot be read
   * @throws ImportFailedException when records were refused; nothing was written
   */
  public static ImportReport run(Storage storage, ImportOptions options) {
    return run(storage, options, ImportObserver.NONE);
  }

  /** As {@link #run(Storage, ImportOptions)}, telling {@code observer} what it sees and does. */
  public static ImportReport run(Storage storage, ImportOptions options, ImportObserver observer) {
    return run(storage, options, observer, Math.min(MAX_CONVERTERS, Runtime.getRuntime().availableProcessors()));
  }

  /** As {@link #run(Storage, ImportOptions, ImportObserver)}, converting records on {@code converters} threads. */
  static ImportReport run(Storage storage, ImportOptions options, ImportObserver observer, int converters) {
    try (FeatureSource source = FeatureSources.open(options.file(), options.encoding())) {
      observer.opened(source);
      SourceCrs crs = sourceCrs(source, options.crs());
      observer.crs(crs.crs(), crs.from());
      source.encodingDoubt().ifPresent(doubt -> {
        throw doubt;
      });
      List<String> ignored = new ArrayList<>();
      Map<String, String> fields = mapping(options).resolve(source.fileName(), source.fieldNames(), ignored);
      GeometryPreparer geometry = new GeometryPreparer(options.layer().geometry(), crs.crs());
      ImportRun run = new ImportRun(options, source, crs, fields, ignored, geometry, storage.dialect(), observer,
          converters);
      SqlWork<ImportReport> work = connection -> {
        try {
          return run.execute(connection);
        } catch (OutOfMemoryError e) {
          // an Error would skip the rollback, and the pool's return to autocommit would commit
          throw new ImportFailedException(List.of(BadInputException.ofFile(source.fileName(),
              "is too large for this process's memory (its -Xmx); import it with more memory")));
        }
      };
      Dialect dialect = storage.dialect();
      storage.read(connection -> {
        dialect.beginBulkWrite(connection);
        return null;
      });
      try {
        return ImportLock.inTransaction(storage, options.layer(), options.dryRun(), work);
      } finally {
        storage.read(connection -> {
          dialect.endBulkWrite(connection);
          return null;
        });
      }
    }
  }

  /** The layer's default mapping with the options' mapping file and choices laid over it. */
  public static FieldMapping mapping(ImportOptions options) {
    return FieldMapping.load(options.layer(), options.mapping()).withChoices(options.mappingChoices())
        .withConstants(options.constants().keySet());
  }

  /** The file's CRS and where it was found. */
  record SourceCrs(Crs crs, String from) {}

  private static SourceCrs sourceCrs(FeatureSource source, Crs override) {
    if (override != null) {
      return new SourceCrs(override, "option");
    }
    String text = source.crsText().orElse(null);
    try {
      if (text == null) {
        if (isGeoJson(source.fileName())) {
          return new SourceCrs(Crs.WGS84, "rfc7946");
        }
        throw BadInputException.ofFile(ErrorCode.CRS_MISSING, source.fileName(),
            "has no .prj, so its CRS is unknown; name it with --crs EPSG:n (e.g. EPSG:4527)");
      }
      String stripped = text.replace("\uFEFF", "").strip();
      boolean wkt = stripped.matches("(?s)^(PROJCS|GEOGCS|PROJCRS|GEOGCRS|GEODCRS)\\b.*");
      if (wkt) {
        return new SourceCrs(Crs.fromPrj(stripped), "prj");
      }
      if (isGeoJson(source.fileName())) {
        return new SourceCrs(Crs.parse(text), "geojson crs");
      }
      if (stripped.length() <= 80 && !stripped.contains("\n")) {
        try {
          return new SourceCrs(Crs.parse(stripped), "prj");
        } catch (UnknownCrsException e) {
          // not a code either: refused below
        }
      }
      throw BadInputException.ofFile(ErrorCode.CRS_UNKNOWN, source.fileName(), "this .prj is not a CRS (it begins \""
          + beginning(stripped) + "\"); name the CRS with --crs EPSG:n");
    } catch (UnknownCrsException e) {
      throw BadInputException.ofFile(ErrorCode.CRS_UNKNOWN, source.fileName(), e.getMessage());
    }
  }

  /** The first 40 characters, on one line. */
  private static String beginning(String text) {
    String flat = text.replaceAll("\\s+", " ");
    return flat.length() > 40 ? flat.substring(0, 40) + "…" : flat;
  }

  private static boolean isGeoJson(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    return lower.endsWith(".geojson") || lower.endsWith(".json");
  }
}
