package parcelatlas.export;

import parcelatlas.features.cql2.FieldTitles;
import parcelatlas.domain.ErrorCode;
import parcelatlas.domain.BadInput;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.io.WKTWriter;
import parcelatlas.features.FeatureReader;
import parcelatlas.geo.Crs;
import parcelatlas.geo.Reprojector;
import parcelatlas.io.csv.CsvCells;
import parcelatlas.io.geojson.GeoJsonWriter;

/** GeoJSON (RFC 7946: always WGS84) and CSV with a WKT geometry column in any CRS, streamed. */
final class TextExports {
  private TextExports() {}

  static long geoJson(FeatureReader reader, ExportRequest r, OutputStream out) {
    if (r.crs().epsg() != 4326) {
      throw new BadInput(ErrorCode.GEOJSON_IS_WGS84,
          "GeoJSON is always WGS84 (RFC 7946); ask for crs=EPSG:4326 or another format");
    }
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    GeoJsonWriter json = new GeoJsonWriter(writer);
    List<Columns.Column> columns = Columns.of(r);
    long count = reader.stream(r.query(), (properties, geometry) -> {
      java.util.Map<String, Object> written = new java.util.LinkedHashMap<>();
      columns.forEach(c -> written.put(c.title(), c.out(properties.get(c.name()))));
      json.write(properties.get("code"), geometry, written);
    });
    json.close();
    return count;
  }

  /**
   * The features as CSV with a {@code wkt} column; with {@code chineseHeaders} each field is headed by
   * its Chinese title ({@link FieldTitles}: 地块编号, 用地性质…, which the import's default mapping
   * reads back), a field without one by its name.
   */
  static long csv(FeatureReader reader, ExportRequest r, OutputStream out, boolean chineseHeaders) throws IOException {
    List<Columns.Column> columns = Columns.of(r);
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    List<String> header = new ArrayList<>();
    java.util.Map<String, String> titles = chineseHeaders ? FieldTitles.of(r.collection().id()) : java.util.Map.of();
    columns.forEach(c -> header.add(CsvCells.cell(r.chineseNames() ? c.title() : titles.getOrDefault(c.name(), c.name()))));
    header.add("wkt");
    writer.write("\uFEFF" + String.join(",", header) + "\r\n");
    Reprojector toTarget = Reprojector.of(Crs.WGS84, r.crs());
    WKTWriter wkt = new WKTWriter();
    wkt.setPrecisionModel(new org.locationtech.jts.geom.PrecisionModel(r.crs().isGeographic() ? 1e9 : 1e4));
    long count = reader.stream(r.query(), (properties, geometry) -> {
      List<String> cells = new ArrayList<>();
      columns.forEach(c -> cells.add(CsvCells.cell(c.out(properties.get(c.name())))));
      cells.add(CsvCells.cell(wkt.write(toTarget.apply(geometry))));
      writer.write(String.join(",", cells) + "\r\n");
    });
    writer.flush();
    return count;
  }
}
