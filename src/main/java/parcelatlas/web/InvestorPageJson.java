package parcelatlas.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import parcelatlas.features.Feature;
import parcelatlas.features.ShortDecimals;
import parcelatlas.investor.PublicParcels;

/**
 * A page of the investor search as GeoJSON, written to the response as it goes: each feature as
 * {@link FeatureJson#write} writes it with the parcel code as id — the same bytes
 * ({@code InvestorPageJsonTest}) — at less cost per feature, the search's largest share of the
 * portal's CPU (JFR): property names encoded once per page order, not looked up per feature, and
 * short decimals written without Jackson's general double writer ({@link ShortDecimals}).
 */
final class InvestorPageJson {
  private static final SerializedString TYPE = new SerializedString("type");
  private static final SerializedString FEATURE = new SerializedString("Feature");
  private static final SerializedString ID = new SerializedString("id");
  private static final SerializedString GEOMETRY = new SerializedString("geometry");
  private static final SerializedString PROPERTIES = new SerializedString("properties");
  /**
   * The encoded names of the property order seen first (every search feature has the same keys in
   * the same order, unless a value they derive from is null); a feature whose key at a position
   * differs has it written by name instead. Replaced only by a longer order: a few at most.
   */
  private static volatile Names names;
  private final char[] decimal = new char[32];

  private record Names(String[] keys, SerializedString[] encoded) {
    static Names of(Map<String, Object> properties) {
      String[] keys = properties.keySet().toArray(String[]::new);
      SerializedString[] encoded = new SerializedString[keys.length];
      for (int i = 0; i < keys.length; i++) {
        encoded[i] = new SerializedString(keys[i]);
      }
      return new Names(keys, encoded);
    }
  }

  /** Writes the page: its features, then numberMatched or numberMatchedMoreThan, numberReturned, next. */
  static void write(OutputStream out, PublicParcels.SearchPage page) throws IOException {
    InvestorPageJson writer = new InvestorPageJson();
    try (JsonGenerator g = FeatureJson.generator(out)) {
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      g.writeArrayFieldStart("features");
      for (Feature f : page.features()) {
        writer.feature(g, f);
      }
      g.writeEndArray();
      if (page.numberMatched() != null) {
        g.writeNumberField("numberMatched", page.numberMatched());
      } else if (page.moreThanCap()) {
        g.writeNumberField("numberMatchedMoreThan", PublicParcels.COUNT_CAP);
      }
      g.writeNumberField("numberReturned", page.features().size());
      if (page.more()) {
        g.writeNumberField("nextOffset", page.start() + page.features().size());
        g.writeStringField("next", page.next());
      }
      g.writeEndObject();
    }
  }

  /** One feature, its parcel code as id (the search's features always have a code). */
  void feature(JsonGenerator g, Feature f) throws IOException {
    Map<String, Object> properties = f.properties();
    g.writeStartObject();
    g.writeFieldName(TYPE);
    g.writeString(FEATURE);
    g.writeFieldName(ID);
    g.writeString((String) properties.get("code"));
    g.writeFieldName(GEOMETRY);
    if (f.geometryUtf8() == null) {
      g.writeNull();
    } else {
      g.writeRawValue(new RawJsonBytes(f.geometryUtf8()));
    }
    g.writeFieldName(PROPERTIES);
    g.writeStartObject();
    Names known = names;
    if (known == null || properties.size() > known.keys.length) { // the fullest order wins (a null area has no 亩)
      known = Names.of(properties);
      names = known;
    }
    int i = 0;
    for (Map.Entry<String, Object> p : properties.entrySet()) {
      String key = p.getKey();
      if (i < known.keys.length && key.equals(known.keys[i])) {
        g.writeFieldName(known.encoded[i]);
      } else {
        g.writeFieldName(key);
      }
      i++;
      value(g, p.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private void value(JsonGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof String text) {
      g.writeString(text);
    } else if (v instanceof Double n) {
      int length = ShortDecimals.write(n, decimal);
      if (length < 0) {
        g.writeNumber(n.doubleValue());
      } else {
        g.writeRawValue(decimal, 0, length);
      }
    } else if (v instanceof Long n) {
      g.writeNumber(n.longValue());
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof LocalDate day) {
      g.writeString(day.toString());
    } else {
      g.writeObject(v);
    }
  }

  /** For tests: the features written one after another, as {@link #write} writes them. */
  static void features(JsonGenerator g, List<Feature> features) throws IOException {
    InvestorPageJson writer = new InvestorPageJson();
    for (Feature f : features) {
      writer.feature(g, f);
    }
  }
}
