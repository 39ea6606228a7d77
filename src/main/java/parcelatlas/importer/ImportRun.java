package parcelatlas.importer;

import parcelatlas.domain.BadInput;
import parcelatlas.domain.ErrorCode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parcelatlas.catalog.Field;
import parcelatlas.catalog.FieldKind;
import parcelatlas.catalog.GeometryKind;
import parcelatlas.catalog.Layer;
import parcelatlas.geo.EqualAreaPolygon;
import parcelatlas.importer.LayerImporter.SourceCrs;
import parcelatlas.io.BadInputException;
import parcelatlas.io.FeatureSource;
import parcelatlas.io.SourceRecord;
import parcelatlas.storage.AuditTrail;
import parcelatlas.storage.Dialect;
import parcelatlas.storage.FeatureRow;
import parcelatlas.storage.LayerLoad;
import parcelatlas.storage.ProgressTables;
import parcelatlas.storage.TextLimits;

/**
 * One import on one connection: a {@link Pipeline} thread reads and converts every record and
 * collects problems, while the calling thread, which holds the transaction, writes the good rows
 * through a {@link LayerLoad} (after the first refused record, only codes and record numbers, so
 * that the database still finds every repeated code). Nothing is held per record: the database
 * finds repeated codes and tells stored from new ones.
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
  private final List<Repair> repairs = new ArrayList<>();
  private final parcelatlas.industry.UnmappedIndustries unmappedIndustries;
  /** Park codes named in one warning at most. */
  private static final int MAX_UNKNOWN = 100;
  private List<String> unknownParks = List.of();
  /** The code of the record {@link #convert} saw last (null if it had none). */
  private String lastCode;
  private TextLimits limits;
  /** Records read; written by the pipeline's thread, read after it ended. */
  private long records;
  private long inserted;
  private long updated;

  ImportRun(ImportOptions options, FeatureSource source, SourceCrs crs, Map<String, String> fields,
      List<String> ignored, GeometryPreparer geometry, Dialect dialect, ImportObserver observer) {
    this.options = options;
    this.layer = options.layer();
    this.source = source;
    this.crs = crs;
    this.fields = fields;
    this.ignored = ignored;
    this.geometry = geometry;
    this.dialect = dialect;
    this.observer = observer;
    this.unmappedIndustries = new parcelatlas.industry.UnmappedIndustries(layer);
  }

  /** A record's code and number, sent instead of its row once the import is bound to fail. */
  private record Key(String code, long record) {}

  ImportReport execute(Connection connection) throws SQLException {
    observer.started(connection);
    limits = TextLimits.of(connection, layer);
    if (source.fileName().length() > limits.of("source_file")) {
      throw new ImportFailedException(List.of(BadInputException.ofFile(source.fileName(),
          "the file name is longer than the " + limits.of("source_file") + " characters the portal keeps")));
    }
    try (LayerLoad load = new LayerLoad(connection, layer, dialect);
        Pipeline<Object> pipeline = new Pipeline<>("import-reader", this::convertAll)) {
      pipeline.drain(item -> {
        if (item instanceof FeatureRow row) {
          load.add(row);
        } else {
          load.addKey(((Key) item).code(), ((Key) item).record());
        }
      });
      for (LayerLoad.Duplicate d : load.duplicates(ProblemTally.LIMIT)) {
        problems.add(new BadInputException(source.fileName(), d.record(), fields.get("code"),
            "code " + d.code() + " repeats record " + d.firstRecord()));
      }
      if (problems.isEmpty()) {
        long[] written = load.finish();
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
        List.copyOf(repairs), List.copyOf(ignored), warnings(connection, restaged), options.dryRun());
    log(connection, report);
    observer.beforeCommit(connection, report);
    return report;
  }

  /**
   * Runs on the pipeline's thread: reads and converts every record (after a refusal too, so that
   * every problem is counted) and hands on the rows to write while no record has been refused.
   */
  private void convertAll(Pipeline.Sink<Object> sink) {
    Iterator<SourceRecord> it = source.records();
    while (it.hasNext()) {
      SourceRecord record = it.next();
      records++;
      FeatureRow row = convert(record);
      if (row != null) {
        observer.converted(row);
      }
      if (row != null && problems.isEmpty()) {
        sink.put(row);
      } else if (lastCode != null) {
        sink.put(new Key(lastCode, record.number()));
      }
      options.progress().progress(records, source.recordCount());
    }
  }

  private FeatureRow convert(SourceRecord record) {
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, List<String>> links = new LinkedHashMap<>();
    List<BadInputException> refusals = new ArrayList<>();
    boolean ok = true;
    for (Field field : layer.fields()) {
      String sourceField = fields.get(field.name());
      String constant = options.constants().get(field.name());
      Object raw = constant != null ? constant : sourceField == null ? null : record.attributes().get(sourceField);
      try {
        Object value = ValueParser.parse(field, raw);
        checkLength(field, value);
        if (value == null && field.required()) {
          throw new BadInput(ErrorCode.REQUIRED_FIELD_MISSING, "the required field '" + field.name() + "' is empty");
        }
        if (field.kind() == FieldKind.CODE_LIST) {
          if (value != null) {
            links.put(field.name(), castList(value));
          }
        } else {
          values.put(field.name(), value);
        }
      } catch (IllegalArgumentException e) {
        refusals.add(problem(record.number(), constant != null ? field.name() : sourceField, e));
        ok = false;
      }
    }
    String code = (String) values.get("code");
    lastCode = code;
    GeometryPreparer.Prepared prepared;
    try {
      prepared = geometry.prepare(record.geometry());
    } catch (IllegalArgumentException e) {
      problem(record.number(), null, e);
      return null;
    }
    if (!ok) {
      observer.refused(new FeatureRow(code, values, prepared.geometry(), null, crs.crs().code(), source.fileName(),
          record.number(), links), refusals);
      return null;
    }
    if (prepared.repair() != null) {
      Repair repair = new Repair(record.number(), code, prepared.repair());
      repairs.add(repair);
      observer.repaired(repair);
    }
    unmappedIndustries.note(values);
    Double area = layer.geometry() == GeometryKind.POLYGON
        ? EqualAreaPolygon.squareMetres(prepared.geometry()) : null;
    return new FeatureRow(code, values, prepared.geometry(), area, crs.crs().code(),
        source.fileName(), record.number(), links);
  }

  /** Refuses a text longer than its column, before any SQL sees it. */
  private void checkLength(Field field, Object value) {
    int limit = limits.of(field.name());
    List<?> texts = value instanceof List<?> list ? list : java.util.Collections.singletonList(value);
    for (Object text : texts) {
      if (text instanceof String s && s.length() > limit) {
        String what = value instanceof List<?> ? "a code in '" + field.name() + "'" : "'" + field.name() + "'";
        throw new BadInput(ErrorCode.TEXT_TOO_LONG_FOR_COLUMN, what + " holds at most " + limit
            + " characters; this value has " + s.length(), "max", limit);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> castList(Object value) {
    return (List<String>) value;
  }

  private BadInputException problem(long record, String field, String message) {
    BadInputException problem = new BadInputException(source.fileName(), record, field, message);
    problems.add(problem);
    return problem;
  }

  /** A problem with the code and values of the refusal, when it has them. */
  private BadInputException problem(long record, String field, IllegalArgumentException e) {
    if (e instanceof BadInput b) {
      BadInputException problem = new BadInputException(b.problem().code(), source.fileName(), record, field,
          e.getMessage(), null,
          b.params().entrySet().stream().flatMap(p -> java.util.stream.Stream.of(p.getKey(), p.getValue())).toArray());
      problems.add(problem);
      return problem;
    }
    return problem(record, field, e.getMessage());
  }

  private List<String> warnings(Connection connection, int restaged) throws SQLException {
    List<String> warnings = new ArrayList<>();
    if (restaged > 0) {
      warnings.add(restaged + " projects changed stage against their stage history; the changes are"
          + " recorded in it as of today, with this file as the reason");
    }
    unmappedIndustries.warning().ifPresent(warnings::add);
    if (!unknownParks.isEmpty()) {
      warnings.add("park codes not (yet) in the parks layer: "
          + String.join(", ", unknownParks.subList(0, Math.min(MAX_UNKNOWN, unknownParks.size())))
          + (unknownParks.size() > MAX_UNKNOWN ? ", …" : ""));
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
      s.setLong(8, report.repairs().size());
      s.setString(9, options.actor());
      s.executeUpdate();
    }
    AuditTrail.record(connection, options.actor(), "import", layer.table(), source.fileName(), null, report);
  }
}
