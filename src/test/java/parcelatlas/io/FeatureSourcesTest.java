package parcelatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static parcelatlas.io.TestShapefiles.GBK;
import static parcelatlas.io.TestShapefiles.GBK_FIELDS;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureSourcesTest {
  @TempDir Path dir;

  @Test
  void opens_a_folder_whose_files_have_extensions_in_mixed_case() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("parcels"));
    TestShapefiles.writeParcels(folder, "parcels", GBK, GBK_FIELDS);
    Files.move(folder.resolve("parcels.shp"), folder.resolve("PARCELS.SHP"));
    Files.move(folder.resolve("parcels.dbf"), folder.resolve("parcels.Dbf"));
    Files.move(folder.resolve("parcels.shx"), folder.resolve("PARCELS.shx"));
    Files.move(folder.resolve("parcels.cpg"), folder.resolve("Parcels.CPG"));
    try (FeatureSource source = FeatureSources.open(folder, null)) {
      assertEquals("parcels/PARCELS.SHP", source.fileName());
      assertEquals("cpg", source.encodingSource());
      assertEquals("净地可供", source.records().next().attributes().get("供地状态"));
    }
  }

  @Test
  void opens_a_zip_with_the_shapefile_in_a_subfolder_and_deletes_the_unpacked_files_on_close() {
    Path source = TestShapefiles.writeParcels(dir, "parcels", GBK, GBK_FIELDS).getParent();
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("__MACOSX/data/._parcels.shp", new byte[] {0, 5, 22, 7});
    entries.putAll(TestZips.shapefileEntries(source, "parcels", "data/"));
    Path zip = TestZips.zip(dir.resolve("parcels.zip"), StandardCharsets.UTF_8, entries);
    Path unpacked;
    try (FeatureSource opened = FeatureSources.open(zip, null)) {
      assertEquals("parcels.zip!data/parcels.shp", opened.fileName());
      assertEquals(4, opened.recordCount());
      assertEquals(4, TestShapefiles.readAll(zip, null).size());
      unpacked = ((TempFolderSource) opened).folder();
      assertTrue(Files.isDirectory(unpacked));
    }
    assertFalse(Files.exists(unpacked));
  }

  @Test
  void reads_chinese_entry_names_from_a_zip_made_on_chinese_windows() {
    Path written = TestShapefiles.writeParcels(dir, "地块", GBK, GBK_FIELDS);
    Path zip = TestZips.zip(dir.resolve("parcels.zip"), GBK,
        TestZips.shapefileEntries(written.getParent(), "地块", ""));
    try (FeatureSource opened = FeatureSources.open(zip, null)) {
      assertEquals("parcels.zip!地块.shp", opened.fileName());
      assertEquals("cpg", opened.encodingSource());
    }
  }

  @Test
  void opens_the_one_geojson_in_a_zip_that_holds_no_shapefile() {
    byte[] json = ("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
        + "\"geometry\":null,\"properties\":{\"名称\":\"一号地块\"}}]}").getBytes(StandardCharsets.UTF_8);
    Path zip = TestZips.zip(dir.resolve("parks.zip"), StandardCharsets.UTF_8,
        Map.of("parks/parks.GEOJSON", json, "parks/readme.txt", new byte[] {'x'}));
    try (FeatureSource opened = FeatureSources.open(zip, null)) {
      assertEquals("parks.zip!parks/parks.GEOJSON", opened.fileName());
      assertEquals("rfc7946", opened.encodingSource());
      assertEquals(List.of("名称"), opened.fieldNames());
      assertEquals("一号地块", opened.records().next().attributes().get("名称"));
    }
  }

  @Test
  void leaves_no_unpacked_folder_behind_when_a_zip_is_refused() throws IOException {
    long before = unpackedFolders();
    Path zip = TestZips.zip(dir.resolve("none.zip"), StandardCharsets.UTF_8,
        Map.of("a.txt", new byte[] {'a'}));
    BadInputException e = assertThrows(BadInputException.class, () -> FeatureSources.open(zip, null));
    assertEquals("none.zip", e.file());
    assertEquals(before, unpackedFolders());
  }

  private static long unpackedFolders() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(p -> p.getFileName().toString().startsWith("parcelatlas-unzip-")).count();
    }
  }
}
