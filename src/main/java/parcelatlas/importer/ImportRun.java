package parcelatlas.importer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import parcelatlas.catalog.Layer;
import parcelatlas.importer.LayerImporter.SourceCrs;
import parcelatlas.io.BadInputException;
import parcelatlas.io.FeatureSource;
import parcelatlas.io.PendingRecord;
import parcelatlas.storage.AuditTrail;
import parcelatlas.storage.Dialect;
import parcelatlas.storage.FeatureRow;
import parcelatlas.storage.LayerLoad;
import parcelatlas.storage.ProgressTables;
import parcelatlas.storage.TextLimits;

/**
 * One import on one connection: a {@link Pipeline} thread reads every record, several threads
 * convert them ({@link RecordConverter}), and the calling thread, which holds the transaction,
 * takes the outcomes in file order: it collects problems (so the report is the same whatever the
 * number of threads) and writes the good rows through a {@link LayerLoad} (after the first refused
 * record, only codes and record numbers, so that the database still finds every repeated code).
 * Nothing is held per record: the database finds repeated codes and tells stored from new ones.
 */
final class ImportRun {
  private final ImportOptions options;
  private final Layer layer;
  private final FeatureSource source;
  private final SourceCrs crs;
  private final Map<String, String> fields;
  private final List<String> ignored;
  private final GeometryPreparer geometry;
  private final Dialect dialect;
  private final ImportObserver observer;
  private final ProblemTally problems = new ProblemTally();
  private final RepairTally repairs = new RepairTally();
  private final parcelatlas.industry.UnmappedIndustries unmappedIndustries;
  /** Park codes named in one warning at most. */
  private static final int MAX_UNKNOWN = 100;
  private List<String> unknownParks = List.of();
  private TextLimits limits;
  /** Threads converting records. */
  private final int converters;
  /** Records taken, in file order. */
  private long records;
  private long inserted;
  private long updated;

  ImportRun(ImportOptions options, FeatureSource source, SourceCrs crs, Map<String, String> fields,
      List<String> ignored, GeometryPreparer geometry, Dialect dialect, ImportObserver observer, int converters) {
    this.options = options;
    this.layer = options.layer();
    this.source = source;
    this.crs = crs;
    this.fields = fields;
    this.ignored = ignored;
    this.geometry = geometry;
    this.dialect = dialect;
    this.observer = observer;
    this.converters = converters;
    this.unmappedIndustries = new parcelatlas.industry.UnmappedIndustries(layer);
  }

  ImportReport execute(Connection connection) throws SQLException {
    observer.started(connection);
    limits = TextLimits.of(connection, layer);
    if (source.fileName().length() > limits.of("source_file")) {
      throw new ImportFailedException(List.of(BadInputException.ofFile(source.fileName(),
          "the file name is longer than the " + limits.of("source_file") + " characters the portal keeps")));
    }
    RecordConverter converter = new RecordConverter(options, fields, geometry, limits, source.fileName(),
        crs.crs().code());
    try (ImportDistances distances = ImportDistances.start(connection, layer);
        LayerLoad load = new LayerLoad(connection, layer, dialect, notProvided());
        Pipeline<PendingRecord, RecordConverter.Outcome> pipeline = new Pipeline<>("import-reader",
            this::readAll, p -> distances.measure(converter.convert(p)), converters)) {
      pipeline.drain(outcome -> distances.taken(outcome, take(outcome, load)));
      for (LayerLoad.Duplicate d : load.duplicates(ProblemTally.LIMIT)) {
        problems.add(new BadInputException(source.fileName(), d.record(), fields.get("code"),
            "code " + d.code() + " repeats record " + d.firstRecord()));
      }
      if (problems.isEmpty()) {
        long[] written = load.finish();
        distances.finish(connection, dialect);
        inserted = written[0];
        updated = written[1];
        if (layer.columns().stream().anyMatch(f -> f.name().equals("park_code"))) {
          unknownParks = load.unknownCodes("park_code", Layer.PARKS, MAX_UNKNOWN + 1);
        }
      }
    } catch (BadInputException e) {
      problems.add(e);
    }
    if (!problems.isEmpty()) {
      throw new ImportFailedException(problems.kept(), problems.counts());
    }
    int restaged = layer == Layer.PROJECTS
        ? new ProgressTables(connection).recordImportedStages(source.fileName(), options.actor()) : 0;
    ImportReport report = new ImportReport(layer.id(), source.fileName(), crs.crs().code(),
        crs.from(), source.encoding().name(), source.encodingSource(), records, inserted, updated,
        repairs.count(), repairs.groups(), List.copyOf(ignored), warnings(connection, restaged), options.dryRun());
    log(connection, report);
    observer.beforeCommit(connection, report);
    return report;
  }

  /**
   * The layer's fields that neither a source field (after mapping) nor a constant feeds: a stored
   * row the file names keeps its values of them.
   */
  private Set<String> notProvided() {
    Set<String> absent = new HashSet<>();
    for (parcelatlas.catalog.Field field : layer.columns()) {
      String name = field.name();
      if (!name.equals("code") && !fields.containsKey(name) && !options.constants().containsKey(name)) {
        absent.add(name);
      }
    }
    return absent;
  }

  /**
   * Runs on the pipeline's thread: cuts the records from the file, which converter threads then
   * decode and convert.
   */
  private void readAll(Pipeline.Sink<PendingRecord> sink) {
    Iterator<PendingRecord> it = source.pendingRecords();
    while (it.hasNext()) {
      sink.put(it.next());
    }
  }

  /**
   * Runs on the writing thread, for every record in file order: counts its problems, tells the
   * observer, and writes its row while no record has been refused (after that, only its code and
   * number, so that the database still finds every repeated code); true when the row was written.
   */
  private boolean take(RecordConverter.Outcome outcome, LayerLoad load) throws SQLException {
    if (outcome.unreadable() != null) {
      throw outcome.unreadable(); // as if the reader had stopped at this record
    }
    records++;
    outcome.problems().forEach(problems::add);
    if (outcome.refused() != null) {
      observer.refused(outcome.refused(), outcome.problems());
    }
    FeatureRow row = outcome.row();
    if (row != null) {
      if (outcome.repair() != null) {
        Repair repair = new Repair(outcome.number(), outcome.code(), outcome.repair());
        repairs.add(repair);
        observer.repaired(repair);
      }
      unmappedIndustries.note(row.values());
      observer.converted(row);
    }
    boolean loaded = row != null && problems.isEmpty();
    if (loaded) {
      load.add(row);
    } else if (outcome.code() != null) {
      load.addKey(outcome.code(), outcome.number());
    }
    options.progress().progress(records, source.recordCount());
    return loaded;
  }

  private List<ImportWarning> warnings(Connection connection, int restaged) throws SQLException {
    List<ImportWarning> warnings = new ArrayList<>();
    if (restaged > 0) {
      warnings.add(new ImportWarning("ProjectsRestaged", Map.of("n", restaged), restaged
          + " projects changed stage against their stage history; the changes are"
          + " recorded in it as of today, with this file as the reason"));
    }
    unmappedIndustries.warning().ifPresent(message -> warnings.add(
        new ImportWarning("IndustriesUnmapped", unmappedIndustries.warningParams(), message)));
    if (!unknownParks.isEmpty()) {
      List<String> shown = List.copyOf(unknownParks.subList(0, Math.min(MAX_UNKNOWN, unknownParks.size())));
      int more = unknownParks.size() - shown.size();
      warnings.add(new ImportWarning("ParksUnknown", Map.of("codes", shown, "more", more),
          "park codes not (yet) in the parks layer: " + String.join(", ", shown) + (more > 0 ? ", …" : "")));
    }
    return warnings;
  }

  private void log(Connection connection, ImportReport report) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement("INSERT INTO imports (layer, source_file,"
        + " source_crs, encoding, records, inserted, updated, repaired, imported_by)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, report.layer());
      s.setString(2, report.file());
      s.setString(3, report.crs());
      s.setString(4, report.encoding());
      s.setLong(5, report.records());
      s.setLong(6, report.inserted());
      s.setLong(7, report.updated());
      s.setLong(8, report.repaired());
      s.setString(9, options.actor());
      s.executeUpdate();
    }
    AuditTrail.record(connection, options.actor(), "import", layer.table(), source.fileName(), null, report);
  }
}
