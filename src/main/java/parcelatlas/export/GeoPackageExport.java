package parcelatlas.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Envelope;
import parcelatlas.catalog.GeometryKind;
import parcelatlas.features.FeatureReader;
import parcelatlas.geo.Crs;
import parcelatlas.geo.Reprojector;

/**
 * A GeoPackage (1.3) with one feature table: the required metadata tables, the target CRS
 * registered under its EPSG code, features streamed from the database in batches (decoded on the
 * reading thread, reprojected and inserted on a second one: {@link Handoff}), the extent
 * recorded in gpkg_contents, and the R-tree spatial index ({@link GeoPackageRtree}) filled as the
 * features go in. Written to a temporary file, then streamed out.
 */
final class GeoPackageExport {
  private static final int BATCH = 1000;

  private GeoPackageExport() {}

  /** A feature on its way from the database reader to the thread that writes the GeoPackage. */
  private record Feature(java.util.Map<String, Object> properties, org.locationtech.jts.geom.Geometry geometry) {}

  static long write(FeatureReader reader, ExportRequest r, OutputStream out) throws IOException {
    Path file = Files.createTempFile("atlas-export-", ".gpkg");
    try {
      long count = fill(reader, r, file);
      Files.copy(file, out);
      return count;
    } catch (SQLException e) {
      throw new IOException("cannot write the GeoPackage: " + e.getMessage(), e);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static long fill(FeatureReader reader, ExportRequest r, Path file) throws SQLException {
    List<Columns.Column> columns = Columns.of(r);
    String table = r.collection().layer().table();
    int srs = r.crs().epsg();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        for (String sql : GeoPackageSchema.metadata()) {
          s.execute(sql);
        }
        s.execute(GeoPackageSchema.featureTable(table, columns));
      }
      GeoPackageSchema.registerCrs(c, r.crs());
      Reprojector toTarget = Reprojector.of(Crs.WGS84, r.crs());
      GeoPackageGeometry blobs = new GeoPackageGeometry();
      Envelope extent = new Envelope();
      String insert = "INSERT INTO \"" + table + "\" (fid, geom, " + columns.stream().map(col -> "\"" + col.title() + "\"")
          .collect(Collectors.joining(", ")) + ") VALUES (?, ?" + ", ?".repeat(columns.size()) + ")";
      long count;
      try (PreparedStatement s = c.prepareStatement(insert); GeoPackageRtree index = GeoPackageRtree.create(c, table)) {
        long[] fid = {0};
        Handoff<Feature> handoff = new Handoff<>(feature -> {
          var properties = feature.properties();
          var geometry = feature.geometry();
          try {
            var projected = toTarget.apply(geometry);
            extent.expandToInclude(projected.getEnvelopeInternal());
            s.setLong(1, ++fid[0]);
            s.setBytes(2, blobs.encode(projected, srs));
            for (int i = 0; i < columns.size(); i++) {
              bind(s, i + 3, columns.get(i).out(properties.get(columns.get(i).name())));
            }
            s.addBatch();
            index.add(fid[0], projected.getEnvelopeInternal());
            if (fid[0] % BATCH == 0) {
              s.executeBatch();
              index.flush();
            }
          } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
          }
        });
        try (handoff) {
          count = reader.stream(r.query(), (properties, geometry) -> handoff.put(new Feature(properties, geometry)));
          handoff.finish();
        } catch (IOException e) {
          throw new SQLException(e.getMessage(), e);
        }
        s.executeBatch();
        index.finish(c);
      }
      GeoPackageSchema.describe(c, table, r.collection().layer().titleZh() + " " + r.collection().layer().titleEn(),
          r.collection().layer().geometry() == GeometryKind.POINT ? "POINT" : "MULTIPOLYGON", srs, extent);
      c.commit();
      return count;
    }
  }

  private static void bind(PreparedStatement s, int i, Object value) throws SQLException {
    if (value == null) {
      s.setNull(i, Types.NULL);
    } else if (value instanceof Boolean b) {
      s.setInt(i, b ? 1 : 0);
    } else if (value instanceof LocalDate d) {
      s.setString(i, d.toString());
    } else if (value instanceof Number n) {
      s.setDouble(i, n.doubleValue());
    } else {
      s.setString(i, value.toString());
    }
  }
}
