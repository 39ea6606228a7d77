package parcelatlas.features;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import parcelatlas.storage.Storage;

/**
 * Every feature of a query through a database cursor, as properties and a JTS geometry, for the
 * exports that build geometries ({@link FeatureReader#stream}): memory does not grow with the layer.
 */
final class FeatureStream {
  private FeatureStream() {}

  /** Bbox and public-rows filters as in a page; limit and offset ignored; derived values as of {@code today}. */
  static long stream(Storage storage, FeatureQuery query, LocalDate today, FeatureReader.Sink sink) {
    FeatureSql.Statement sql = FeatureSql.all(query);
    return storage.inRolledBackTransaction(c -> {
      WKBReader wkb = new WKBReader();
      long n = 0;
      try (PreparedStatement s = FeatureJdbc.prepare(c, sql)) {
        WkbRows.binaryTransfer(s);
        s.setFetchSize(1000);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            Map<String, Object> properties = new LinkedHashMap<>();
            for (Property p : query.collection().properties()) {
              properties.put(p.name(), FeatureJdbc.value(rs, p));
            }
            for (Property p : query.collection().internalProperties()) { // selected for exports: see WkbRows
              properties.put(p.name(), FeatureJdbc.value(rs, p));
            }
            Derived.add(query.collection(), properties, today);
            sink.accept(properties, wkb.read(rs.getBytes("wkb")));
            n++;
          }
        }
      } catch (IOException | ParseException e) {
        throw new UncheckedIOException(new IOException("export failed: " + e.getMessage(), e));
      }
      return n;
    });
  }
}
