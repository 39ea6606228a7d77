package parcelatlas.io.geojson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parcelatlas.io.BadInputException;
import parcelatlas.io.FeatureSource;
import parcelatlas.io.FeatureSources;
import parcelatlas.io.SourceRecord;
import parcelatlas.io.TestShapefiles;

class GeoJsonReaderTest {
  @TempDir Path dir;

  @Test
  void reads_property_values_with_their_json_types_and_all_field_names_in_first_seen_order()
      throws Exception {
    Path file = write("parks.geojson", "{'features': [",
        "{'type':'Feature','properties':{'名称':'临港园区','面积':12.5,'地块数':3,'在建':true,",
        "  '备注':null,'标签':['a','b'],'联系':{'人':'王'}},'geometry':null},",
        "{'type':'Feature','properties':{'等级':'省级','名称':'二号'}}",
        "], 'type': 'FeatureCollection'}");
    try (FeatureSource source = FeatureSources.open(file, null)) {
      assertEquals(List.of("名称", "面积", "地块数", "在建", "备注", "标签", "联系", "等级"), source.fieldNames());
      assertEquals(2, source.recordCount());
    }
    List<SourceRecord> records = TestShapefiles.readAll(file, null);
    Map<String, Object> first = records.get(0).attributes();
    assertEquals(Arrays.asList("临港园区", 12.5, 3L, true, null, "[\"a\",\"b\"]", "{\"人\":\"王\"}", null),
        new ArrayList<>(first.values()));
    assertEquals("二号", records.get(1).attributes().get("名称"));
    assertNull(records.get(1).attributes().get("面积"));
    assertNull(records.get(0).geometry());
    assertNull(records.get(1).geometry(), "a feature without a geometry member");
    assertEquals(2, records.get(1).number());
  }

  @Test
  void reads_every_geometry_type() throws Exception {
    String[] geometries = {
        "{'type':'Point','coordinates':[121.5,31.2,4.0]}",
        "{'type':'LineString','coordinates':[[0,0],[1,1]]}",
        "{'type':'Polygon','coordinates':[[[0,0],[4,0],[4,4],[0,4],[0,0]],[[1,1],[1,2],[2,2],[1,1]]]}",
        "{'type':'MultiPoint','coordinates':[[0,0],[1,1]]}",
        "{'type':'MultiLineString','coordinates':[[[0,0],[1,1]],[[2,2],[3,3]]]}",
        "{'type':'MultiPolygon','coordinates':[[[[0,0],[1,0],[1,1],[0,0]]]]}",
        "{'type':'GeometryCollection','geometries':[{'type':'Point','coordinates':[1,2]}]}"};
    StringBuilder json = new StringBuilder("{'type':'FeatureCollection','features':[");
    for (int i = 0; i < geometries.length; i++) {
      json.append(i == 0 ? "" : ",").append("{'type':'Feature','properties':{},'geometry':")
          .append(geometries[i]).append('}');
    }
    Path file = write("all.json", json.append("]}").toString());
    List<String> wkt = TestShapefiles.readAll(file, null).stream()
        .map(r -> r.geometry().toText()).toList();
    assertEquals(List.of("POINT (121.5 31.2)", "LINESTRING (0 0, 1 1)",
        "POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0), (1 1, 1 2, 2 2, 1 1))", "MULTIPOINT ((0 0), (1 1))",
        "MULTILINESTRING ((0 0, 1 1), (2 2, 3 3))", "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)))",
        "GEOMETRYCOLLECTION (POINT (1 2))"), wkt);
  }

  @Test
  void reads_a_single_feature_and_the_legacy_crs_name() throws Exception {
    Path file = write("one.geojson", "{'type':'Feature','id':7,",
        "'crs':{'type':'name','properties':{'name':'urn:ogc:def:crs:EPSG::4490'}},",
        "'geometry':{'type':'Point','coordinates':[120,30]},'properties':{'编号':'QL-A-001'}}");
    try (FeatureSource source = FeatureSources.open(file, null)) {
      assertEquals("urn:ogc:def:crs:EPSG::4490", source.crsText().orElseThrow());
      assertEquals(List.of("编号"), source.fieldNames());
      SourceRecord only = source.records().next();
      assertEquals(1, only.number());
      assertEquals("QL-A-001", only.attributes().get("编号"));
    }
  }

  @Test
  void refuses_json_that_is_not_a_feature_collection_or_a_feature() throws Exception {
    Path file = write("point.geojson", "{'type':'Point','coordinates':[1,2]}");
    BadInputException e = assertThrows(BadInputException.class, () -> TestShapefiles.readAll(file, null));
    assertEquals("point.geojson: is not a GeoJSON FeatureCollection or Feature (type Point)", e.getMessage());
    Path array = write("array.json", "[1, 2]");
    assertThrows(BadInputException.class, () -> TestShapefiles.readAll(array, null));
  }

  @Test
  void names_the_record_of_an_unknown_geometry_type() throws Exception {
    Path file = write("odd.geojson", "{'type':'FeatureCollection','features':[",
        "{'type':'Feature','properties':{},'geometry':null},",
        "{'type':'Feature','properties':{},'geometry':{'type':'Circle','coordinates':[1,2]}}]}");
    BadInputException e = assertThrows(BadInputException.class, () -> TestShapefiles.readAll(file, null));
    assertEquals("odd.geojson, record 2, field geometry: unknown geometry type 'Circle'", e.getMessage());
    assertEquals(2L, e.record());
  }

  private Path write(String name, String... lines) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n", lines).replace('\'', '"'));
    return file;
  }
}
