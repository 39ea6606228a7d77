package parcelatlas.io.geojson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import parcelatlas.io.SourceRecord;
import parcelatlas.io.TestShapefiles;

class GeoJsonWriterTest {
  @TempDir Path dir;

  @Test
  void writes_exterior_rings_counter_clockwise_and_holes_clockwise() throws Exception {
    JsonNode feature = writeOne(null, TestShapefiles.geometry(
        "POLYGON ((0 0, 0 10, 10 10, 10 0, 0 0), (2 2, 4 2, 4 4, 2 4, 2 2))"), Map.of())
        .path("features").get(0);
    assertEquals("[[[0,0],[10,0],[10,10],[0,10],[0,0]],[[2,2],[2,4],[4,4],[4,2],[2,2]]]",
        feature.path("geometry").path("coordinates").toString());
    assertEquals("Polygon", feature.path("geometry").path("type").asText());
  }

  @Test
  void rounds_coordinates_to_eight_decimals_without_trailing_zeros() throws Exception {
    String json = write(null, TestShapefiles.geometry("POINT (121.123456789123 31.5)"), Map.of());
    assertTrue(json.contains("\"coordinates\":[121.12345679,31.5]"), json);
    assertEquals("0.00000001", GeoJsonGeometryWriter.number(1.0E-8));
    assertEquals("0", GeoJsonGeometryWriter.number(-1.0E-12));
    assertEquals("1200000", GeoJsonGeometryWriter.number(1.2E6));
  }

  @Test
  void writes_ids_dates_and_chinese_properties() throws Exception {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("地块编号", "QL-A-001");
    properties.put("供地日期", LocalDate.of(2024, 3, 1));
    properties.put("面积", 12.5);
    properties.put("备注", null);
    JsonNode feature = writeOne("QL-A-001", null, properties).path("features").get(0);
    assertEquals("QL-A-001", feature.path("id").asText());
    assertTrue(feature.path("geometry").isNull());
    assertEquals("{\"地块编号\":\"QL-A-001\",\"供地日期\":\"2024-03-01\",\"面积\":12.5,\"备注\":null}",
        feature.path("properties").toString());
    assertEquals(42, writeOne(42L, null, null).path("features").get(0).path("id").asInt());
    assertThrows(IllegalArgumentException.class, () -> writeOne(List.of(1), null, Map.of()));
  }

  @Test
  void closing_finishes_the_collection_and_closes_the_writer() throws Exception {
    Path file = dir.resolve("out.geojson");
    Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    try (GeoJsonWriter writer = new GeoJsonWriter(out)) {
      writer.write(1, TestShapefiles.geometry("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)))"), Map.of());
    }
    assertThrows(java.io.IOException.class, () -> out.write("x"));
    assertEquals("FeatureCollection", new ObjectMapper().readTree(file.toFile()).path("type").asText());
  }

  @Test
  void what_it_writes_reads_back_through_the_geojson_reader() throws Exception {
    Path file = dir.resolve("round.geojson");
    Geometry geometry = TestShapefiles.geometry("MULTIPOLYGON (((120 30, 120.1 30, 120.1 30.1, 120 30.1, "
        + "120 30), (120.02 30.02, 120.02 30.04, 120.04 30.04, 120.04 30.02, 120.02 30.02)))");
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("地块编号", "QL-A-001");
    properties.put("宗数", 3L);
    properties.put("已供", true);
    try (GeoJsonWriter writer = new GeoJsonWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      writer.write("a", geometry, properties);
      writer.write("b", null, Map.of("地块编号", "QL-A-002"));
    }
    List<SourceRecord> records = TestShapefiles.readAll(file, null);
    assertEquals(geometry.toText(), records.get(0).geometry().toText());
    assertEquals(properties, records.get(0).attributes());
    assertEquals("QL-A-002", records.get(1).attributes().get("地块编号"));
  }

  private static JsonNode writeOne(Object id, Geometry geometry, Map<String, Object> properties)
      throws Exception {
    return new ObjectMapper().readTree(write(id, geometry, properties));
  }

  private static String write(Object id, Geometry geometry, Map<String, Object> properties) {
    StringWriter out = new StringWriter();
    try (GeoJsonWriter writer = new GeoJsonWriter(out)) {
      writer.write(id, geometry, properties);
    }
    return out.toString();
  }
}
