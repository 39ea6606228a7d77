package parcelatlas.demo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import parcelatlas.catalog.Layer;
import parcelatlas.geo.Crs;
import parcelatlas.geo.Reprojector;
import parcelatlas.importer.ImportObserver;
import parcelatlas.io.csv.CsvReader;
import parcelatlas.storage.FeatureRow;

/**
 * 青岚市 as the importer stored it, kept in memory while the demo loads so that a scaled demo can
 * copy it district by district: every layer's rows in file order, each with its geometry in the
 * shapefiles' EPSG:4527 metres, and the rows of the demo's CSV tables. One city's worth: a few MB.
 */
final class BaseCity {
  static final Crs GAUSS_KRUGER = Crs.epsg(4527);
  private static final Reprojector TO_GAUSS_KRUGER = Reprojector.of(Crs.WGS84, GAUSS_KRUGER);

  /** A stored row and its geometry in EPSG:4527. */
  record Row(FeatureRow row, Geometry projected) {}

  private final Map<Layer, List<Row>> rows = new EnumMap<>(Layer.class);
  private final Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();

  /** Watches the import of {@code layer} and keeps every row it converts. */
  ImportObserver observer(Layer layer) {
    List<Row> kept = rows.computeIfAbsent(layer, l -> new ArrayList<>());
    kept.clear();
    return new ImportObserver() {
      @Override
      public void converted(FeatureRow row) {
        kept.add(new Row(row, TO_GAUSS_KRUGER.apply(row.geometry())));
      }
    };
  }

  /** Reads the demo's CSV tables from the folder they were unpacked into. */
  void readTables(Path dir) {
    for (String table : DemoLoader.TABLES) {
      tables.put(table, CsvReader.read(dir.resolve(table)));
    }
  }

  List<Row> rows(Layer layer) {
    return rows.getOrDefault(layer, List.of());
  }

  /** The rows of one CSV table, e.g. {@code demolition_reports.csv}. */
  List<Map<String, String>> table(String name) {
    return tables.getOrDefault(name, List.of());
  }

  /** The first park's code: its copy marks a district as loaded. */
  String firstParkCode() {
    return rows(Layer.PARKS).get(0).row().code();
  }
}
