package parcelatlas.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parcelatlas.catalog.Layer;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.Sql;
import parcelatlas.testing.TestDatabases;

/**
 * A re-import loses nothing: a stored row's fields that the file does not carry keep their values
 * (and the re-import diff does not count them as changed), while a field the file carries with an
 * empty value is cleared. Parcels without the internal notes (and without the industry, whose
 * derived industry codes stay too), parks without their English summary.
 */
@Tag("database")
class KeptFieldsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PARCEL = "QL-P01-A-001";
  private static final String PARCELS = "SELECT code, internal_note, industry, industry_codes, industry_en"
      + " FROM parcels ORDER BY code";

  @TempDir Path dir;

  @Test
  void a_parcels_file_without_internal_notes_keeps_the_stored_notes() throws Exception {
    try (Storage storage = demo()) {
      storage.inTransaction(c -> c.createStatement().executeUpdate(
          "UPDATE parcels SET internal_note = '待复核：边界争议' WHERE code = '" + PARCEL + "'"));
      List<Map<String, Object>> before = Sql.rows(storage, PARCELS);
      Path lacking = rewrite("parcels", "parcels-lacking.geojson", p -> p.remove(List.of("internal_note", "industry")));

      ReimportDiff.Counts diff = reimport(storage, Layer.PARCELS, lacking);
      assertEquals(List.of(0L, 0L, 1764L), List.of(diff.added(), diff.changed(), diff.unchanged()), diff.toString());
      assertEquals(before, Sql.rows(storage, PARCELS), "notes, industries and their codes kept");

      Path emptied = rewrite("parcels", "parcels-emptied.geojson", p -> {
        if (p.get("code").asText().equals(PARCEL)) {
          p.put("internal_note", "");
        }
      });
      diff = reimport(storage, Layer.PARCELS, emptied);
      assertEquals(1L, diff.changed(), diff.toString());
      assertEquals("internal_note", diff.examples().get(0).changes().get(0).field());
      assertNull(note(storage), "a carried empty note clears the stored one");
    }
  }

  @Test
  void a_parks_file_without_english_summaries_keeps_the_stored_ones() throws Exception {
    try (Storage storage = demo()) {
      storage.inTransaction(c -> c.createStatement().executeUpdate(
          "UPDATE parks SET summary_en = 'Edited by hand' WHERE code = 'QL-P01'"));
      String summaries = "SELECT code, summary_en FROM parks ORDER BY code";
      List<Map<String, Object>> before = Sql.rows(storage, summaries);

      ReimportDiff.Counts diff = reimport(storage, Layer.PARKS,
          rewrite("parks", "parks-lacking.geojson", p -> p.remove("summary_en")));
      assertEquals(List.of(0L, 0L, 7L), List.of(diff.added(), diff.changed(), diff.unchanged()), diff.toString());
      assertEquals(before, Sql.rows(storage, summaries));

      diff = reimport(storage, Layer.PARKS, rewrite("parks", "parks-emptied.geojson", p -> {
        if (p.get("code").asText().equals("QL-P01")) {
          p.put("summary_en", "");
        }
      }));
      assertEquals(1L, diff.changed(), diff.toString());
      assertNull(Sql.rows(storage, "SELECT summary_en FROM parks WHERE code = 'QL-P01'").get(0).get("summary_en"));
    }
  }

  /** The demo parks and parcels, imported from their GeoJSON files. */
  private static Storage demo() {
    Storage storage = TestDatabases.fresh();
    LayerImporter.run(storage, ImportOptions.of(Layer.PARKS, DemoData.file("parks.geojson")));
    LayerImporter.run(storage, ImportOptions.of(Layer.PARCELS, DemoData.file("parcels.geojson")));
    return storage;
  }

  private static Object note(Storage storage) {
    return Sql.rows(storage, "SELECT internal_note FROM parcels WHERE code = ?", PARCEL).get(0).get("internal_note");
  }

  /** Imports {@code file} with the diff the import page would show, computed in the import's transaction. */
  private static ReimportDiff.Counts reimport(Storage storage, Layer layer, Path file) {
    ReimportDiff diff = new ReimportDiff(layer);
    ReimportDiff.Counts[] counts = new ReimportDiff.Counts[1];
    LayerImporter.run(storage, ImportOptions.of(layer, file), new ImportObserver() {
      @Override
      public void started(Connection connection) throws SQLException {
        diff.snapshot(connection);
      }

      @Override
      public void beforeCommit(Connection connection, ImportReport report) throws SQLException {
        counts[0] = diff.compare(connection, report);
      }
    });
    return counts[0];
  }

  /** The demo layer's GeoJSON with every feature's properties passed through {@code edit}. */
  private Path rewrite(String layer, String name, Consumer<ObjectNode> edit) throws IOException {
    JsonNode collection = JSON.readTree(DemoData.file(layer + ".geojson").toFile());
    for (JsonNode feature : collection.get("features")) {
      edit.accept((ObjectNode) feature.get("properties"));
    }
    Path file = dir.resolve(name);
    JSON.writeValue(file.toFile(), collection);
    return file;
  }
}
