package parcelatlas.features;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import parcelatlas.catalog.FieldKind;
import parcelatlas.domain.Servicing;

/**
 * Writes the rows of a feature query as GeoJSON features straight from the result set: no map,
 * {@link Feature} or boxed number per row. The bytes are those of a {@link Feature} read by
 * {@link FeatureReader} and written by the web layer's feature writer (same members in the same
 * order, derived values by {@link Derived}'s rules), which the tests check on every collection.
 * Property names are encoded once per collection for the life of the JVM. Not thread-safe: one
 * per query.
 */
public final class FeatureJsonRows {
  /** Writes a feature's geometry given as the GeoJSON bytes (UTF-8) the database wrote. */
  @FunctionalInterface
  public interface Geometry {
    void write(JsonGenerator g, byte[] geoJsonUtf8) throws IOException;
  }

  /** Opens the generator a page is written with (its settings: number writing and the like). */
  @FunctionalInterface
  public interface Generators {
    JsonGenerator open(java.io.OutputStream out) throws IOException;
  }

  private static final SerializedString TYPE = new SerializedString("type");
  private static final SerializedString FEATURE = new SerializedString("Feature");
  private static final SerializedString ID = new SerializedString("id");
  private static final SerializedString GEOMETRY = new SerializedString("geometry");
  private static final SerializedString PROPERTIES = new SerializedString("properties");
  private static final SerializedString SERVICING_LABEL = new SerializedString("servicing_label");

  /**
   * What a feature carries besides its collection's properties and derived values: the OGC items
   * pages' numeric id, or the investor search's parcel code as id and, last, the servicing label
   * (三通一平…, {@link Servicing#label}; null for none) — as {@code PublicParcels} adds it to a feature.
   */
  public enum Form { ITEMS, INVESTOR }

  /** Each property's kind, read per value (a list's get and a record's accessor per value before). */
  private final FieldKind[] kinds;
  private final SerializedString[] names;
  private final Geometry geometry;
  private final int[] columns;
  private final int id;
  private final int geometryColumn;
  /** The current row's value of each property, kept for the derived values ({@link DerivedJson}): numbers, else objects; null flags. */
  private final double[] numbers;
  private final Object[] objects;
  private final boolean[] nulls;
  private final char[] day = new char[10];
  private final DecimalJson decimals = new DecimalJson();
  private final DerivedJson derived;
  /** PostgreSQL: texts copied as the UTF-8 bytes the driver received (no String decoded and encoded again). */
  private final boolean utf8Texts;
  private final int areaM2;
  private final int industry;
  private final Form form;
  /** {@link Form#INVESTOR}: the code's result column, and the property of each servicing column (-1: none). */
  private final int code;
  private final int[] servicing;

  /** For the rows of {@code rs}, a SELECT built from {@link ServedCollection#select()}. */
  FeatureJsonRows(ServedCollection collection, ResultSet rs, LocalDate today, Geometry geometry, Form form)
      throws SQLException {
    if (form == Form.INVESTOR && collection != ServedCollection.PARCELS) {
      throw new IllegalArgumentException("the investor form is of parcels, not " + collection.id());
    }
    List<Property> properties = collection.properties();
    RowsLayout layout = RowsLayout.of(collection);
    this.names = layout.names();
    this.kinds = layout.kinds();
    this.geometry = geometry;
    this.columns = FeatureJdbc.columns(rs, properties);
    this.id = rs.findColumn("id");
    this.geometryColumn = rs.findColumn("geometry");
    this.numbers = new double[properties.size()];
    this.objects = new Object[properties.size()];
    this.nulls = new boolean[properties.size()];
    this.utf8Texts = rs.isWrapperFor(org.postgresql.jdbc.PgResultSet.class);
    this.areaM2 = layout.areaM2();
    this.industry = layout.industry();
    this.form = form;
    this.code = form == Form.INVESTOR ? rs.findColumn("code") : 0;
    this.servicing = layout.servicing();
    this.derived = new DerivedJson(collection, areaM2, industry, today, numbers, objects, nulls, decimals);
  }

  /** The current row's id. */
  long id(ResultSet rs) throws SQLException {
    return rs.getLong(id);
  }

  /** Writes the current row as a feature. */
  void write(JsonGenerator g, ResultSet rs) throws IOException, SQLException {
    g.writeStartObject();
    g.writeFieldName(TYPE);
    g.writeString(FEATURE);
    g.writeFieldName(ID);
    if (form == Form.INVESTOR) {
      text(g, rs, code);
    } else {
      g.writeNumber(rs.getLong(id));
    }
    g.writeFieldName(GEOMETRY);
    byte[] shape = rs.getBytes(geometryColumn);
    if (shape == null) {
      g.writeNull();
    } else {
      geometry.write(g, shape);
    }
    g.writeFieldName(PROPERTIES);
    g.writeStartObject();
    for (int i = 0; i < columns.length; i++) {
      g.writeFieldName(names[i]);
      value(g, rs, i);
    }
    derived.write(g);
    if (form == Form.INVESTOR) {
      g.writeFieldName(SERVICING_LABEL);
      SerializedString label = ServicingLabels.json(servicing, numbers, nulls);
      if (label == null) {
        g.writeNull();
      } else {
        g.writeString(label);
      }
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  /** A text column of the current row (null as null), as the properties' texts are written. */
  private void text(JsonGenerator g, ResultSet rs, int column) throws IOException, SQLException {
    if (utf8Texts) {
      byte[] v = rs.getBytes(column);
      if (v == null) {
        g.writeNull();
      } else {
        g.writeUTF8String(v, 0, v.length);
      }
    } else {
      writeText(g, rs.getString(column));
    }
  }

  /** Writes property {@code i} of the current row (null as null) and keeps its value for {@link DerivedJson}. */
  private void value(JsonGenerator g, ResultSet rs, int i) throws IOException, SQLException {
    int column = columns[i];
    switch (kinds[i]) {
      case INTEGER -> {
        long v = rs.getLong(column);
        if (present(g, rs, i)) {
          numbers[i] = v;
          g.writeNumber(v);
        }
      }
      case NUMBER -> {
        double v = rs.getDouble(column);
        if (present(g, rs, i)) {
          numbers[i] = v;
          decimals.write(g, i == areaM2 ? Derived.areaM2(v) : v);
        }
      }
      case BOOLEAN -> {
        boolean v = rs.getBoolean(column);
        if (present(g, rs, i)) {
          numbers[i] = v ? 1 : 0;
          g.writeBoolean(v);
        }
      }
      case DATE -> {
        // PostgreSQL: the binary day read here (PgDays); otherwise no Calendar per value, as getDate costs
        LocalDate v = utf8Texts ? PgDays.ofBinary(rs.getBytes(column)) : null;
        if (v == null) {
          v = rs.getObject(column, LocalDate.class);
        }
        objects[i] = v;
        if (present(g, rs, i)) {
          int length = IsoDays.write(v, day);
          if (length < 0) {
            g.writeString(v.toString());
          } else {
            g.writeString(day, 0, length);
          }
        }
      }
      default -> {
        if (utf8Texts) {
          byte[] v = rs.getBytes(column); // a text column's bytes: UTF-8, PostgreSQL's client encoding for JDBC
          if (i == industry) { // kept as text for its English names (derived), written from its bytes all the same
            objects[i] = v == null ? null : new String(v, java.nio.charset.StandardCharsets.UTF_8);
          }
          if (present(g, rs, i)) {
            g.writeUTF8String(v, 0, v.length); // escaped as writeString escapes the same text
          }
        } else {
          String v = rs.getString(column);
          objects[i] = v;
          if (present(g, rs, i)) {
            g.writeString(v);
          }
        }
      }
    }
  }

  /** False, with null written, when the value just read was SQL NULL. */
  private boolean present(JsonGenerator g, ResultSet rs, int i) throws SQLException, IOException {
    nulls[i] = rs.wasNull();
    if (nulls[i]) {
      g.writeNull();
    }
    return !nulls[i];
  }

  private static void writeText(JsonGenerator g, String text) throws IOException {
    if (text == null) {
      g.writeNull();
    } else {
      g.writeString(text);
    }
  }
}
