package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.catalog.FieldKind;
import parcelatlas.features.Feature;
import parcelatlas.features.FeatureCursor;
import parcelatlas.features.FeatureQuery;
import parcelatlas.features.FeatureReader;
import parcelatlas.features.ItemsPage;
import parcelatlas.features.Property;
import parcelatlas.features.ServedCollection;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;

/**
 * The streaming feature writer (geometry bytes copied as the database sent them, dates read as
 * LocalDate, numbers by the fast double writer) against the way features were written before:
 * the geometry read as text with getString, dates with getDate, and the whole feature built as a
 * Jackson tree by data binding. Every feature of every collection of the demo must come out the
 * same JSON (same members, same values; numbers compared as doubles).
 */
@Tag("database")
class FeatureJsonWriterTest {
  private static Storage storage;
  private static FeatureReader reader;

  @BeforeAll
  static void load() {
    storage = DemoData.loaded();
    reader = new FeatureReader(storage, RunningApp.CLOCK);
  }

  @AfterAll
  static void close() {
    storage.close();
  }

  @Test
  void every_demo_feature_is_written_as_the_tree_writer_wrote_it() throws Exception {
    int compared = 0;
    for (ServedCollection collection : ServedCollection.values()) {
      List<Feature> features = all(collection);
      Map<Long, String> geometries = new HashMap<>();
      Map<Long, Map<String, LocalDate>> dates = new HashMap<>();
      readTheOldWay(collection, geometries, dates);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (com.fasterxml.jackson.core.JsonGenerator g = FeatureJson.generator(out)) {
        g.writeStartObject();
        g.writeArrayFieldStart("features");
        for (Feature f : features) {
          FeatureJson.write(g, f, OgcCrs.CRS84, null);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      JsonNode written = Json.MAPPER.readTree(out.toByteArray());
      assertEquals(features.size(), written.get("features").size(), collection.id());
      for (int i = 0; i < features.size(); i++) {
        Feature f = features.get(i);
        ObjectNode expected = Json.MAPPER.createObjectNode();
        expected.put("type", "Feature");
        expected.put("id", f.id());
        String text = geometries.get(f.id());
        expected.set("geometry", text == null ? Json.MAPPER.nullNode() : Json.MAPPER.readTree(text));
        Map<String, Object> properties = new java.util.LinkedHashMap<>(f.properties());
        dates.getOrDefault(f.id(), Map.of()).forEach(properties::put);
        expected.set("properties", Json.MAPPER.valueToTree(properties));
        // as text and read again, so numbers compare by value (a tree holds a long where text reads as an int)
        assertEquals(Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(expected)), written.get("features").get(i),
            collection.id() + " feature " + f.id());
        compared++;
      }
    }
    assertTrue(compared > 1000, "the demo's features were compared: " + compared);
  }

  @Test
  void a_cursor_is_the_text_a_tree_of_its_values_gave() {
    List<parcelatlas.features.SortKey> sort = List.of();
    FeatureCursor cursor = new FeatureCursor(java.util.Arrays.asList("北-1", 2.5, null, 7L, true), 42, 100);
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("s", "");
    ArrayNode keys = node.putArray("k");
    keys.add("北-1").add(2.5).addNull().add(7L).add(true);
    node.put("i", 42).put("n", 100);
    byte[] json = node.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(json);
    byte[] all = java.nio.ByteBuffer.allocate(json.length + 4).put(json).putInt((int) crc.getValue()).array();
    assertEquals(java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(all), cursor.encode(sort));
  }

  /** Every feature of the collection, staff view, through the items path. */
  private static List<Feature> all(ServedCollection collection) {
    List<Feature> features = new ArrayList<>();
    FeatureQuery query = FeatureQuery.of(collection, false).page(FeatureQuery.MAX_LIMIT, 0);
    FeatureCursor after = null;
    do {
      ItemsPage page = reader.items(query, after, false);
      features.addAll(page.features());
      after = page.next();
    } while (after != null);
    return features;
  }

  /** Each feature's geometry as text (getString) and its dates through java.sql.Date, as read before. */
  private static void readTheOldWay(ServedCollection collection, Map<Long, String> geometries,
      Map<Long, Map<String, LocalDate>> dates) {
    storage.read(c -> {
      try (PreparedStatement s = c.prepareStatement(collection.select() + collection.from());
          ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong("id");
          geometries.put(id, rs.getString("geometry"));
          for (Property p : collection.properties()) {
            if (p.kind() == FieldKind.DATE) {
              Date day = rs.getDate(p.name());
              dates.computeIfAbsent(id, k -> new HashMap<>()).put(p.name(), day == null ? null : day.toLocalDate());
            }
          }
        }
      }
      return null;
    });
  }
}
