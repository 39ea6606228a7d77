package parcelatlas.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.locationtech.jts.geom.Geometry;
import parcelatlas.geo.Crs;
import parcelatlas.geo.Reprojector;
import parcelatlas.io.geojson.GeoJsonWriter;
import parcelatlas.io.shapefile.DbfField;
import parcelatlas.io.shapefile.ShapeType;
import parcelatlas.io.shapefile.ShapefileWriter;

/**
 * Writes one layer as a GBK shapefile in EPSG:4527 (with an ESRI .prj) and as an RFC 7946
 * GeoJSON in WGS84 whose feature ids are the codes. The .cpg the shapefile writer leaves is
 * deleted on request, so that readers must find the charset in the DBF code-page byte, and the
 * DBF's last-update date is set to the data's as-of date rather than today's.
 */
final class LayerFiles<T> {
  static final Charset GBK = Charset.forName("GBK");
  static final int EPSG = 4527;

  private final String name;
  private final ShapeType type;
  private final List<LayerColumn<T>> columns;
  private final Function<T, Geometry> geometry;
  private final Function<T, String> code;

  LayerFiles(String name, ShapeType type, List<LayerColumn<T>> columns,
      Function<T, Geometry> geometry, Function<T, String> code) {
    this.name = name;
    this.type = type;
    this.columns = columns;
    this.geometry = geometry;
    this.code = code;
  }

  /** Writes {@code name}.shp (and siblings) into {@code dir}, dropping the .cpg unless kept. */
  void writeShapefile(Path dir, List<T> rows, boolean keepCpg) {
    List<DbfField> fields = new ArrayList<>();
    for (LayerColumn<T> column : columns) {
      fields.add(column.field(rows, GBK));
    }
    String prj = Crs.epsg(EPSG).toPrj();
    try (ShapefileWriter writer =
        new ShapefileWriter(dir.resolve(name + ".shp"), type, fields, GBK, prj, DemoCity.AS_OF)) {
      for (T row : rows) {
        List<Object> values = new ArrayList<>();
        for (LayerColumn<T> column : columns) {
          values.add(column.shp().apply(row));
        }
        writer.write(geometry.apply(row), values);
      }
    }
    if (!keepCpg) {
      delete(dir.resolve(name + ".cpg"));
    }
  }

  /** Writes {@code name}.geojson into {@code dir}, reprojected to WGS84 longitude/latitude. */
  void writeGeoJson(Path dir, List<T> rows) {
    Reprojector toWgs84 = Reprojector.of(Crs.epsg(EPSG), Crs.WGS84);
    Path file = dir.resolve(name + ".geojson");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        GeoJsonWriter writer = new GeoJsonWriter(out)) {
      for (T row : rows) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (LayerColumn<T> column : columns) {
          properties.put(column.portal(), column.json().apply(row));
        }
        writer.write(code.apply(row), toWgs84.apply(geometry.apply(row)), properties);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + name + ".geojson", e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.delete(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + file, e);
    }
  }
}
