package parcelatlas.features;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import parcelatlas.storage.Storage;

/** Runs feature queries against the storage and turns rows into {@link Feature}s. */
public final class FeatureReader {
  private final Storage storage;
  private final Clock clock;

  public FeatureReader(Storage storage, Clock clock) {
    this.storage = storage;
    this.clock = clock;
  }

  public FeaturePage page(FeatureQuery query) {
    return storage.read(c -> {
      long matched = count(c, FeatureSql.count(query));
      return new FeaturePage(features(c, query.collection(), FeatureSql.page(query)), matched);
    });
  }

  public Optional<Feature> byId(ServedCollection collection, long id, boolean publicOnly) {
    return storage.read(c -> features(c, collection, FeatureSql.byId(collection, id, publicOnly)).stream().findFirst());
  }

  /** [west, south, east, north] of the whole collection, or empty when it has no features. */
  public Optional<double[]> extent(ServedCollection collection, boolean publicOnly) {
    return storage.read(c -> {
      try (PreparedStatement s = prepare(c, FeatureSql.extent(collection, publicOnly)); ResultSet rs = s.executeQuery()) {
        rs.next();
        if (rs.getObject(1) == null) {
          return Optional.<double[]>empty();
        }
        return Optional.of(new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)});
      }
    });
  }

  /**
   * Runs a SELECT built from {@link ServedCollection#select()} and {@link ServedCollection#from()}
   * (plus clauses of the caller's) and maps its rows; every value must be in {@code params}.
   */
  public List<Feature> query(ServedCollection collection, String sql, List<Object> params) {
    return storage.read(c -> features(c, collection, new FeatureSql.Statement(sql, params)));
  }

  /** Runs a single-number query such as a COUNT. */
  public long number(String sql, List<Object> params) {
    return storage.read(c -> count(c, new FeatureSql.Statement(sql, params)));
  }

  private List<Feature> features(Connection c, ServedCollection collection, FeatureSql.Statement sql)
      throws SQLException {
    LocalDate today = LocalDate.now(clock);
    List<Feature> features = new ArrayList<>();
    try (PreparedStatement s = prepare(c, sql); ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Property p : collection.properties()) {
          properties.put(p.name(), value(rs, p));
        }
        Derived.add(collection, properties, today);
        features.add(new Feature(rs.getLong("id"), rs.getString("geometry"), properties));
      }
    }
    return features;
  }

  private static Object value(ResultSet rs, Property p) throws SQLException {
    Object value = switch (p.kind()) {
      case INTEGER -> rs.getLong(p.name());
      case NUMBER -> rs.getDouble(p.name());
      case BOOLEAN -> rs.getBoolean(p.name());
      case DATE -> {
        Date date = rs.getDate(p.name());
        yield date == null ? null : date.toLocalDate();
      }
      default -> rs.getString(p.name());
    };
    return rs.wasNull() ? null : value;
  }

  private static long count(Connection c, FeatureSql.Statement sql) throws SQLException {
    try (PreparedStatement s = prepare(c, sql); ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static PreparedStatement prepare(Connection c, FeatureSql.Statement sql) throws SQLException {
    PreparedStatement s = c.prepareStatement(sql.sql());
    s.setQueryTimeout(30);
    int i = 1;
    for (Object param : sql.params()) {
      s.setObject(i++, param);
    }
    return s;
  }
}
