package parcelatlas.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parcelatlas.catalog.Field;
import parcelatlas.catalog.FieldKind;
import parcelatlas.catalog.GeometryKind;
import parcelatlas.catalog.Layer;
import parcelatlas.domain.BadInput;
import parcelatlas.domain.ErrorCode;
import parcelatlas.geo.EqualAreaPolygon;
import parcelatlas.io.BadInputException;
import parcelatlas.io.PendingRecord;
import parcelatlas.io.SourceRecord;
import parcelatlas.storage.FeatureRow;
import parcelatlas.storage.TextLimits;

/**
 * Turns one source record into the row a layer stores: values parsed and checked field by field,
 * geometry prepared (reprojected, validated, repaired), area computed. A pure function of the
 * record: it keeps no state, so several threads may convert records of one import at once; what
 * depends on the order of records (problem counts, repairs, the observer) is left to the caller,
 * which takes the {@link Outcome}s in record order.
 */
final class RecordConverter {
  /**
   * What became of one record.
   *
   * @param code the record's code as parsed, or null when it has none (or it was refused)
   * @param row the row to write, or null when the record was refused
   * @param refused what could be read of a record whose values were refused (for the observer),
   *     else null (also null when its geometry was refused)
   * @param problems why it was refused, in field order, the geometry's last; empty for a good row
   * @param repair what a repair of its geometry fixed, or null
   * @param unreadable why the record could not be decoded from the file, or null: the import
   *     stops at such a record, as a reader decoding as it reads would
   */
  record Outcome(long number, String code, FeatureRow row, FeatureRow refused,
      List<BadInputException> problems, String repair, BadInputException unreadable) {
    Outcome(long number, String code, FeatureRow row, FeatureRow refused, List<BadInputException> problems,
        String repair) {
      this(number, code, row, refused, problems, repair, null);
    }
  }

  private final Layer layer;
  private final Map<String, String> fields;
  private final Map<String, String> constants;
  private final GeometryPreparer geometry;
  private final TextLimits limits;
  private final String fileName;
  private final String crsCode;

  RecordConverter(ImportOptions options, Map<String, String> fields, GeometryPreparer geometry,
      TextLimits limits, String fileName, String crsCode) {
    this.layer = options.layer();
    this.fields = fields;
    this.constants = options.constants();
    this.geometry = geometry;
    this.limits = limits;
    this.fileName = fileName;
    this.crsCode = crsCode;
  }

  /** Decodes the record (on the calling thread), then converts it. */
  Outcome convert(PendingRecord pending) {
    SourceRecord record;
    try {
      record = pending.decode();
    } catch (BadInputException e) {
      return new Outcome(pending.number(), null, null, null, List.of(), null, e);
    }
    return convert(record);
  }

  Outcome convert(SourceRecord record) {
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, List<String>> links = new LinkedHashMap<>();
    List<BadInputException> refusals = new ArrayList<>();
    for (Field field : layer.fields()) {
      String sourceField = fields.get(field.name());
      String constant = constants.get(field.name());
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
      }
    }
    String code = (String) values.get("code");
    GeometryPreparer.Prepared prepared;
    try {
      prepared = geometry.prepare(record.geometry());
    } catch (IllegalArgumentException e) {
      refusals.add(problem(record.number(), null, e));
      return new Outcome(record.number(), code, null, null, refusals, null);
    }
    if (!refusals.isEmpty()) {
      FeatureRow refused = new FeatureRow(code, values, prepared.geometry(), null, crsCode, fileName,
          record.number(), links);
      return new Outcome(record.number(), code, null, refused, refusals, null);
    }
    Double area = layer.geometry() == GeometryKind.POLYGON
        ? EqualAreaPolygon.squareMetres(prepared.geometry()) : null;
    FeatureRow row = new FeatureRow(code, values, prepared.geometry(), area, crsCode, fileName,
        record.number(), links);
    return new Outcome(record.number(), code, row, null, Collections.emptyList(), prepared.repair());
  }

  /** Refuses a text longer than its column, before any SQL sees it. */
  private void checkLength(Field field, Object value) {
    int limit = limits.of(field.name());
    List<?> texts = value instanceof List<?> list ? list : Collections.singletonList(value);
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

  /** The problem, with the code and values of the refusal when it has them. */
  private BadInputException problem(long record, String field, IllegalArgumentException e) {
    if (e instanceof BadInput b) {
      return new BadInputException(b.problem().code(), fileName, record, field, e.getMessage(), null,
          b.params().entrySet().stream().flatMap(p -> java.util.stream.Stream.of(p.getKey(), p.getValue())).toArray());
    }
    return new BadInputException(fileName, record, field, e.getMessage());
  }
}
