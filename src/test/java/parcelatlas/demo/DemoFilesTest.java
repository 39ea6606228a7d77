package parcelatlas.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parcelatlas.io.FeatureSource;
import parcelatlas.io.FeatureSources;
import parcelatlas.io.SourceRecord;

class DemoFilesTest {
  private static final Path COMMITTED = Path.of("data/demo");

  @TempDir
  static Path fresh;

  @BeforeAll
  static void generate() {
    DemoGenerator.generate(fresh);
  }

  @Test
  void regenerating_gives_files_byte_identical_to_the_committed_ones() throws IOException {
    List<String> written = names(fresh);
    assertEquals(names(COMMITTED), written);
    for (String name : written) {
      assertEquals(-1L, Files.mismatch(fresh.resolve(name), COMMITTED.resolve(name)), name);
    }
  }

  @Test
  void parcels_and_projects_lack_a_cpg_while_parks_and_zones_name_gbk() throws IOException {
    assertFalse(Files.exists(fresh.resolve("parcels.cpg")));
    assertFalse(Files.exists(fresh.resolve("projects.cpg")));
    assertEquals("GBK", Files.readString(fresh.resolve("parks.cpg")).strip());
    assertEquals("GBK", Files.readString(fresh.resolve("demolition_zones.cpg")).strip());
    for (String layer : List.of("parks", "parcels", "projects", "demolition_zones")) {
      for (String ext : List.of(".shp", ".shx", ".dbf", ".prj")) {
        assertTrue(Files.size(fresh.resolve(layer + ext)) > 0, layer + ext);
      }
    }
  }

  @Test
  void the_parcels_dbf_holds_chinese_field_names_and_values_in_gbk() throws IOException {
    byte[] dbf = Files.readAllBytes(fresh.resolve("parcels.dbf"));
    int headerLength = (dbf[8] & 0xff) | (dbf[9] & 0xff) << 8;
    int recordLength = (dbf[10] & 0xff) | (dbf[11] & 0xff) << 8;
    assertTrue(dbf[29] != 0, "a code-page byte is set");
    String header = new String(dbf, 32, headerLength - 32, LayerFiles.GBK);
    assertTrue(header.contains("地块编号") && header.contains("供地状态"), header);
    String first = new String(dbf, headerLength, recordLength, LayerFiles.GBK);
    DemoParcel parcel = GeneratedCity.get().parcels().get(0);
    assertTrue(first.contains(parcel.code()) && first.contains(parcel.status().zh()), first);
  }

  @Test
  void the_importer_finds_gbk_in_the_code_page_byte_of_a_shapefile_without_cpg() {
    try (FeatureSource source = FeatureSources.open(fresh.resolve("parcels.shp"), null)) {
      assertEquals("dbf code page", source.encodingSource());
      assertEquals(GeneratedCity.get().parcels().size(), source.recordCount());
      SourceRecord first = source.records().next();
      DemoParcel parcel = GeneratedCity.get().parcels().get(0);
      assertEquals(parcel.status().zh(), first.attributes().get("供地状态"));
      assertEquals(parcel.industry(), first.attributes().get("产业导向"));
    }
  }

  @Test
  void geojson_features_are_wgs84_with_codes_as_ids_and_portal_field_names() throws IOException {
    JsonNode parcels = new ObjectMapper().readTree(fresh.resolve("parcels.geojson").toFile());
    JsonNode features = parcels.get("features");
    assertEquals(GeneratedCity.get().parcels().size(), features.size());
    JsonNode first = features.get(0);
    assertEquals(GeneratedCity.get().parcels().get(0).code(), first.get("id").asText());
    List<String> keys = new ArrayList<>();
    first.get("properties").fieldNames().forEachRemaining(keys::add);
    assertEquals(LayerColumns.parcels().stream().map(LayerColumn::portal).toList(), keys);
    for (String layer : List.of("parks", "parcels", "projects", "demolition_zones")) {
      JsonNode root = new ObjectMapper().readTree(fresh.resolve(layer + ".geojson").toFile());
      for (JsonNode feature : root.get("features")) {
        assertInsideCity(feature.get("geometry").get("coordinates"), layer);
      }
    }
  }

  @Test
  void the_csv_files_start_with_their_header_and_end_lines_with_crlf() throws IOException {
    String reports =
        Files.readString(fresh.resolve("demolition_reports.csv"), StandardCharsets.UTF_8);
    assertTrue(reports.startsWith("zone_code,report_date,signed_households,"
        + "demolished_households,cleared_area_m2,note\r\n"));
    assertEquals(GeneratedCity.get().reports().size() + 1, reports.split("\r\n").length);
    String issues = Files.readString(fresh.resolve("project_issues.csv"), StandardCharsets.UTF_8);
    assertTrue(issues.startsWith(
        "project_code,seq,description,raised_on,responsible,closed_on,resolution\r\n"));
  }

  private static void assertInsideCity(JsonNode coordinates, String layer) {
    if (coordinates.get(0).isNumber()) {
      double lon = coordinates.get(0).asDouble();
      double lat = coordinates.get(1).asDouble();
      assertTrue(lon > 117.10 && lon < 117.50 && lat > 34.55 && lat < 34.90,
          layer + ": " + lon + "," + lat);
      return;
    }
    for (JsonNode child : coordinates) {
      assertInsideCity(child, layer);
    }
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
