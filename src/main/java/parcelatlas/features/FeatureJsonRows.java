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
 * Property names are encoded once per collection for the life of the JVM; the properties after the
 * first go to the generator as bytes, a run of members at a time ({@link RawMembers}), where their
 * text is certain. Not thread-safe: one per query.
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
  private static final SerializedString AREA_MU = new SerializedString("area_mu");
  private static final SerializedString AREA_HA = new SerializedString("area_ha");
  private static final SerializedString INDUSTRY_EN = new SerializedString("industry_catalogue_en");
  private static final SerializedString LEADING_EN = new SerializedString("leading_industries_catalogue_en");
  private static final SerializedString SIGNED_PCT = new SerializedString("signed_pct");
  private static final SerializedString DEMOLISHED_PCT = new SerializedString("demolished_pct");
  private static final SerializedString CLEARED_PCT = new SerializedString("cleared_pct");
  private static final SerializedString OVERDUE = new SerializedString("overdue");
  private static final SerializedString SERVICING_LABEL = new SerializedString("servicing_label");

  /**
   * What a feature carries besides its collection's properties and derived values: the OGC items
   * pages' numeric id, or the investor search's parcel code as id and, last, the servicing label
   * (三通一平…, {@link Servicing#label}; null for none) — as {@code PublicParcels} adds it to a feature.
   */
  public enum Form { ITEMS, INVESTOR }

  private final ServedCollection collection;
  private final List<Property> properties;
  /** Each property's kind, read per value (a list's get and a record's accessor per value before). */
  private final FieldKind[] kinds;
  private final SerializedString[] names;
  /** Each property's {@code ,"name":}, and the members collected as bytes between the generator's writes. */
  private final byte[][] starts;
  private final RawMembers raw = new RawMembers();
  private final LocalDate today;
  private final Geometry geometry;
  private final int[] columns;
  private final int id;
  private final int geometryColumn;
  /** The current row's value of each property, kept for the derived values: numbers, else objects; null flags. */
  private final double[] numbers;
  private final Object[] objects;
  private final boolean[] nulls;
  private final char[] day = new char[10];
  private final char[] decimal = new char[32];
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
    this.collection = collection;
    this.properties = collection.properties();
    RowsLayout layout = RowsLayout.of(collection);
    this.names = layout.names();
    this.kinds = layout.kinds();
    this.starts = layout.starts();
    this.today = today;
    this.geometry = geometry;
    this.columns = FeatureReader.columns(rs, properties);
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
      value(g, rs, i);
    }
    raw.flush(g);
    derived(g);
    if (form == Form.INVESTOR) {
      g.writeFieldName(SERVICING_LABEL);
      SerializedString label = ServicingLabels.json(servicingOn());
      if (label == null) {
        g.writeNull();
      } else {
        g.writeString(label);
      }
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  /** The servicing columns true in the current row, as {@link ServicingLabels} takes them (NULL: not true). */
  private int servicingOn() {
    int bits = 0;
    for (int b = 0; b < servicing.length; b++) {
      int i = servicing[b];
      if (i >= 0 && !nulls[i] && numbers[i] != 0) {
        bits |= 1 << b;
      }
    }
    return bits;
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

  /**
   * Writes property {@code i} of the current row, its name and value (null as null), and keeps its
   * value for {@link #derived}. As bytes ({@link RawMembers}) when its text is certain and it is not
   * the object's first member; otherwise through the generator, as every value was before.
   */
  private void value(JsonGenerator g, ResultSet rs, int i) throws IOException, SQLException {
    int column = columns[i];
    boolean raws = i > 0;
    switch (kinds[i]) {
      case INTEGER -> {
        long v = rs.getLong(column);
        if (present(g, rs, i)) {
          numbers[i] = v;
          named(g, i).writeNumber(v);
        }
      }
      case NUMBER -> {
        double v = rs.getDouble(column);
        if (present(g, rs, i)) {
          numbers[i] = v;
          double shown = i == areaM2 ? Derived.areaM2(v) : v;
          int length = raws ? ShortDecimals.write(shown, decimal) : -1;
          if (length >= 0) {
            raw.add(starts[i]).ascii(decimal, length, false);
          } else {
            writeDouble(named(g, i), shown);
          }
        }
      }
      case BOOLEAN -> {
        boolean v = rs.getBoolean(column);
        if (present(g, rs, i)) {
          numbers[i] = v ? 1 : 0;
          if (raws) {
            raw.add(starts[i]).add(v ? RawMembers.TRUE : RawMembers.FALSE);
          } else {
            named(g, i).writeBoolean(v);
          }
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
          if (length >= 0 && raws) {
            raw.add(starts[i]).ascii(day, length, true);
          } else if (length >= 0) {
            named(g, i).writeString(day, 0, length);
          } else {
            named(g, i).writeString(v.toString());
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
            if (raws && RawMembers.plain(v)) { // the bytes Jackson copies as they are
              raw.add(starts[i]).quoted(v);
            } else {
              named(g, i).writeUTF8String(v, 0, v.length); // escaped as writeString escapes the same text
            }
          }
        } else {
          String v = rs.getString(column);
          objects[i] = v;
          if (present(g, rs, i)) {
            named(g, i).writeString(v);
          }
        }
      }
    }
  }

  /** The generator, property {@code i}'s name written by it (after the members collected as bytes). */
  private JsonGenerator named(JsonGenerator g, int i) throws IOException {
    raw.flush(g);
    g.writeFieldName(names[i]);
    return g;
  }

  /** False, with the member written as null, when the value just read was SQL NULL. */
  private boolean present(JsonGenerator g, ResultSet rs, int i) throws SQLException, IOException {
    nulls[i] = rs.wasNull();
    if (nulls[i]) {
      if (i > 0) {
        raw.add(starts[i]).add(RawMembers.NULL);
      } else {
        named(g, i).writeNull();
      }
    }
    return !nulls[i];
  }

  /** The values {@link Derived#add} puts after the stored ones, in its order, by its rules. */
  private void derived(JsonGenerator g) throws IOException {
    if (areaM2 >= 0 && !nulls[areaM2]) {
      g.writeFieldName(AREA_MU);
      writeDouble(g, Derived.areaMu(numbers[areaM2]));
      g.writeFieldName(AREA_HA);
      writeDouble(g, Derived.areaHa(numbers[areaM2]));
    }
    if (industry >= 0) {
      g.writeFieldName(collection == ServedCollection.PARCELS ? INDUSTRY_EN : LEADING_EN);
      SerializedString names = parcelatlas.industry.CategoryNames.englishJson((String) objects[industry]);
      if (names == null) {
        g.writeNull();
      } else {
        g.writeString(names);
      }
    }
    if (collection == ServedCollection.DEMOLITION_ZONES) {
      Double target = number("target_households");
      Double area = number("target_floor_area_m2");
      g.writeFieldName(SIGNED_PCT);
      writeNumber(g, Derived.percent(number("signed_households"), target));
      g.writeFieldName(DEMOLISHED_PCT);
      writeNumber(g, Derived.percent(number("demolished_households"), target));
      g.writeFieldName(CLEARED_PCT);
      writeNumber(g, Derived.percent(number("cleared_area_m2"), area));
      int deadline = index("deadline");
      g.writeFieldName(OVERDUE);
      g.writeBoolean(Derived.overdue(deadline < 0 ? null : (LocalDate) objects[deadline], number("demolished_households"),
          target, number("cleared_area_m2"), area, today));
    }
  }

  private Double number(String name) {
    int i = index(name);
    return i < 0 || nulls[i] ? null : numbers[i];
  }

  private int index(String name) {
    return RowsLayout.index(properties, name);
  }

  private static void writeText(JsonGenerator g, String text) throws IOException {
    if (text == null) {
      g.writeNull();
    } else {
      g.writeString(text);
    }
  }

  private void writeNumber(JsonGenerator g, Double n) throws IOException {
    if (n == null) {
      g.writeNull();
    } else {
      writeDouble(g, n);
    }
  }

  /** As {@link JsonGenerator#writeNumber(double)} with the fast double writer, without a String for short decimals. */
  private void writeDouble(JsonGenerator g, double v) throws IOException {
    int length = ShortDecimals.write(v, decimal);
    if (length < 0) {
      g.writeNumber(v);
    } else {
      g.writeRawValue(decimal, 0, length);
    }
  }
}
