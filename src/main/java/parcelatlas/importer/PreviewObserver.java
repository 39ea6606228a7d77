package parcelatlas.importer;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parcelatlas.catalog.GeometryKind;
import parcelatlas.geo.Crs;
import parcelatlas.io.BadInputException;
import parcelatlas.io.FeatureSource;
import parcelatlas.io.SourceRecord;
import parcelatlas.storage.FeatureRow;

/** Collects what a dry-run import sees for its preview: the file's facts, samples, first rows. */
final class PreviewObserver implements ImportObserver {
  private static final int SAMPLE_RECORDS = 50;
  private static final int SAMPLE_CHARS = 80;
  private final int maxFeatures;
  private final List<FeatureRow> features = new ArrayList<>();
  private final List<ImportPreview.RefusedFeature> refused = new ArrayList<>();
  private final ReimportDiff diff;
  private ReimportDiff.Counts counts;
  private final RepairTally repairs = new RepairTally();
  private final Map<String, String> samples = new LinkedHashMap<>();
  private List<String> fieldNames = List.of();
  private boolean opened;
  private String fileName;
  private String encoding;
  private String encodingSource;
  private long recordCount = -1;
  private String crs;
  private String crsSource;
  private Crs crsValue;
  private final List<SourceRecord> firstRecords = new ArrayList<>();

  PreviewObserver(int maxFeatures, ReimportDiff diff) {
    this.maxFeatures = maxFeatures;
    this.diff = diff;
  }

  @Override
  public void repaired(Repair repair) {
    repairs.add(repair);
  }

  @Override
  public void started(Connection connection) throws SQLException {
    diff.snapshot(connection);
  }

  @Override
  public void beforeCommit(Connection connection, ImportReport report) throws SQLException {
    counts = diff.compare(connection, report);
  }

  @Override
  public void refused(FeatureRow row, List<BadInputException> problems) {
    if (refused.size() < maxFeatures) {
      refused.add(new ImportPreview.RefusedFeature(row, List.copyOf(problems)));
    }
  }

  @Override
  public void opened(FeatureSource source) {
    opened = true;
    fileName = source.fileName();
    encoding = source.encoding().name();
    encodingSource = source.encodingSource();
    recordCount = source.recordCount();
    fieldNames = List.copyOf(source.fieldNames());
    fieldNames.forEach(name -> samples.put(name, null));
    try {
      Iterator<SourceRecord> records = source.records();
      for (int i = 0; i < SAMPLE_RECORDS && records.hasNext(); i++) {
        SourceRecord record = records.next();
        record.attributes().forEach(this::sample);
        if (firstRecords.size() < maxFeatures) {
          firstRecords.add(record);
        }
      }
    } catch (BadInputException e) {
      // the dry run meets the same record and reports it
    }
  }

  private void sample(String field, Object value) {
    if (samples.get(field) == null && value != null && !value.toString().isBlank()) {
      String text = value.toString().strip();
      samples.put(field, text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) + "…" : text);
    }
  }

  @Override
  public void crs(Crs value, String from) {
    crs = value.code();
    crsSource = from;
    crsValue = value;
  }

  @Override
  public void converted(FeatureRow row) {
    if (features.size() < maxFeatures) {
      features.add(row);
    }
  }

  boolean wasOpened() {
    return opened;
  }

  String fileName() {
    return fileName;
  }

  String encoding() {
    return encoding;
  }

  String encodingSource() {
    return encodingSource;
  }

  long recordCount() {
    return recordCount;
  }

  String crs() {
    return crs;
  }

  String crsSource() {
    return crsSource;
  }

  List<String> fieldNames() {
    return fieldNames;
  }

  Map<String, String> samples() {
    return samples;
  }

  List<FeatureRow> features() {
    return features;
  }

  /** The repairs made (also when the import would be refused). */
  RepairTally repairs() {
    return repairs;
  }

  /** The first refused records that have a geometry, with their problems. */
  List<ImportPreview.RefusedFeature> refusedFeatures() {
    return refused;
  }

  /**
   * The first records drawn as they are, each marked with {@code problems}: for a file refused
   * before any record was converted (a required field nothing feeds, an encoding in doubt), so
   * that the map still shows where its features lie. Empty when the CRS was not settled.
   */
  List<ImportPreview.RefusedFeature> unconverted(GeometryKind kind, List<BadInputException> problems) {
    if (crsValue == null) {
      return List.of();
    }
    GeometryPreparer preparer = new GeometryPreparer(kind, crsValue);
    List<ImportPreview.RefusedFeature> out = new ArrayList<>();
    for (SourceRecord record : firstRecords) {
      try {
        FeatureRow row = new FeatureRow(null, Map.of(), preparer.prepare(record.geometry()).geometry(), null, crs,
            fileName, record.number(), Map.of());
        out.add(new ImportPreview.RefusedFeature(row, problems));
      } catch (IllegalArgumentException e) {
        // a record without a usable geometry is not drawn
      }
    }
    return out;
  }

  /** The re-import diff, once the dry run got through every record; else null. */
  ReimportDiff.Counts diff() {
    return counts;
  }
}
