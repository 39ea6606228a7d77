package parcelatlas.features;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parcelatlas.storage.Storage;

/**
 * An export's rows straight from a database cursor, geometry left as WKB, after the number of rows
 * and the longest value of each text property: all read in one repeatable-read transaction, so
 * those numbers describe exactly the rows that follow (a file format whose header holds them can
 * be written before its records). On PostgreSQL the cursor fetches in the binary protocol
 * (geometries and numbers as bytes, not text to parse); 1,000 rows a round trip. Rows carry the
 * collection's internal fields too ({@link ServedCollection#internalProperties()}): the export
 * writes them only for those who may import.
 */
public final class WkbRows {
  /** Receives the rows. */
  public interface Sink {
    /** Called once before the first row: the number of rows and each text property's longest value (1 at least). */
    void start(long count, Map<String, Integer> textLengths) throws IOException;

    /** One row: properties (derived values included) and the geometry as WKB in EPSG:4326. */
    void accept(Map<String, Object> properties, byte[] wkb) throws IOException;
  }

  private final Storage storage;
  private final Clock clock;

  WkbRows(Storage storage, Clock clock) {
    this.storage = storage;
    this.clock = clock;
  }

  /** On PostgreSQL, has the statement fetch in the binary protocol from its first execution; elsewhere nothing. */
  static void binaryTransfer(PreparedStatement s) throws java.sql.SQLException {
    if (s.isWrapperFor(org.postgresql.PGStatement.class)) {
      s.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(-1); // negative: binary transfer
    }
  }

  /** Streams every feature of a query (filters and public-rows condition applied; limit and offset ignored). */
  long stream(FeatureQuery query, Sink sink) {
    FeatureSql.Statement sql = FeatureSql.all(query);
    LocalDate today = LocalDate.now(clock);
    List<Property> properties = new java.util.ArrayList<>(query.collection().properties());
    properties.addAll(query.collection().internalProperties());
    List<Property> texts = properties.stream().filter(p -> p.kind() == parcelatlas.catalog.FieldKind.TEXT
        || p.kind() == parcelatlas.catalog.FieldKind.CODE).toList();
    return storage.inRolledBackTransaction(c -> {
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ); // the pool restores it
      long n = 0;
      try {
        try (PreparedStatement s = FeatureJdbc.prepare(c, FeatureSql.textLengths(query, texts));
            ResultSet rs = s.executeQuery()) {
          rs.next();
          sink.start(rs.getLong(1), FeatureReader.lengths(rs, texts));
        }
        try (PreparedStatement s = FeatureJdbc.prepare(c, sql)) {
          binaryTransfer(s);
          s.setFetchSize(1000);
          try (ResultSet rs = s.executeQuery()) {
            int[] columns = new int[properties.size()];
            for (int i = 0; i < columns.length; i++) {
              columns[i] = rs.findColumn(properties.get(i).name());
            }
            int wkb = rs.findColumn("wkb");
            while (rs.next()) {
              Map<String, Object> row = new LinkedHashMap<>(2 * columns.length + 16);
              for (int i = 0; i < columns.length; i++) {
                row.put(properties.get(i).name(), FeatureJdbc.value(rs, properties.get(i), columns[i]));
              }
              Derived.add(query.collection(), row, today);
              sink.accept(row, rs.getBytes(wkb));
              n++;
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(new IOException("export failed: " + e.getMessage(), e));
      }
      return n;
    });
  }
}
