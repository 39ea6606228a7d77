package parcelatlas.features;

import java.sql.Connection;
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
  /** The most features {@link #items} counts for numberMatched. */
  public static final long COUNT_CAP = 10_000;
  private final Storage storage;
  private final Clock clock;

  public FeatureReader(Storage storage, Clock clock) {
    this.storage = storage;
    this.clock = clock;
  }

  public FeaturePage page(FeatureQuery query) {
    return storage.read(c -> {
      long matched = FeatureJdbc.count(c, FeatureSql.count(query));
      return new FeaturePage(features(c, query.collection(), FeatureSql.page(query)), matched);
    });
  }

  /**
   * A page of the items endpoint: after {@code after} (keyset) when given, else at the query's
   * offset; one row more than the limit is read to know whether there is a next page. Counting
   * policy, bounded whatever the layer size: a page reached by cursor is never counted; a page at
   * an offset that holds the last match is counted by its length (no statement); any other page
   * only when {@code count} is asked for, by {@code SELECT COUNT} over at most {@link #COUNT_CAP}
   * + 1 rows, and numberMatched is left out (null) beyond the cap or when not asked for.
   */
  public ItemsPage items(FeatureQuery query, FeatureCursor after, boolean count) {
    return storage.read(c -> Plans.within(c, query.plans(), t -> {
      List<List<Object>> keys = new ArrayList<>();
      List<Feature> features = FeatureRows.read(c, query.collection(), FeatureSql.items(query, after), query.sortBy(), keys,
          null, LocalDate.now(clock));
      boolean more = features.size() > query.limit();
      if (more) {
        features = features.subList(0, query.limit());
      }
      long start = after == null ? query.offset() : after.position();
      FeatureCursor next = more
          ? new FeatureCursor(keys.get(query.limit() - 1), features.get(query.limit() - 1).id(), start + query.limit())
          : null;
      return new ItemsPage(List.copyOf(features), matched(c, query, after, count, more, features.size()), next);
    }));
  }

  /**
   * The page {@link #items} reads, written as a JSON array of features straight from the result
   * set by {@link FeatureJsonRows} (geometry by {@code geometry}): the same bytes as the features of
   * {@link #items} written one by one, the same next cursor and count. See {@link ItemsJsonPage}.
   */
  public ItemsJson itemsJson(FeatureQuery query, FeatureCursor after, boolean count, FeatureJsonRows.Geometry geometry,
      FeatureJsonRows.Generators generators) {
    return itemsJson(query, after, count, geometry, generators, FeatureJsonRows.Form.ITEMS);
  }

  /** As above, each feature in this {@link FeatureJsonRows.Form} (the investor search's: code as id, servicing label). */
  public ItemsJson itemsJson(FeatureQuery query, FeatureCursor after, boolean count, FeatureJsonRows.Geometry geometry,
      FeatureJsonRows.Generators generators, FeatureJsonRows.Form form) {
    LocalDate today = LocalDate.now(clock);
    return storage.read(c -> Plans.within(c, query.plans(),
        t -> ItemsJsonPage.read(t, query, after, count, today, geometry, generators, form)));
  }

  /** numberMatched by {@link #items}' counting policy. */
  static Long matched(Connection c, FeatureQuery query, FeatureCursor after, boolean count, boolean more,
      int returned) throws SQLException {
    if (after == null && !more && (query.offset() == 0 || returned > 0)) {
      return query.offset() + returned;
    } else if (after == null && count) {
      long n = FeatureJdbc.count(c, FeatureSql.countUpTo(query, COUNT_CAP));
      return n <= COUNT_CAP ? n : null;
    }
    return null;
  }

  /**
   * How many features match, counting no further than {@code cap} + 1 rows (bounded work
   * whatever the layer size): a number above {@code cap} means "more than the cap".
   */
  public long countUpTo(FeatureQuery query, long cap) {
    return storage.read(c -> Plans.within(c, query.plans(), t -> FeatureJdbc.count(t, FeatureSql.countUpTo(query, cap))));
  }

  public Optional<Feature> byId(ServedCollection collection, long id, boolean publicOnly) {
    return storage.read(c -> features(c, collection, FeatureSql.byId(collection, id, publicOnly)).stream().findFirst());
  }

  /** [west, south, east, north] of the whole collection, or empty when it has no features. */
  public Optional<double[]> extent(ServedCollection collection, boolean publicOnly) {
    return storage.read(c -> {
      try (PreparedStatement s = FeatureJdbc.prepare(c, FeatureSql.extent(collection, publicOnly)); ResultSet rs = s.executeQuery()) {
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

  /**
   * As {@link #query}, with the values of {@code columns} (further columns of the SELECT, named by
   * allow-listed constants of the caller) kept beside each feature.
   */
  public List<FeatureRow> rows(ServedCollection collection, String sql, List<Object> params, List<String> columns) {
    return storage.read(c -> FeatureRows.withColumns(c, collection, new FeatureSql.Statement(sql, params), columns,
        LocalDate.now(clock)));
  }

  /** Receives streamed features: properties (derived values included) and the JTS geometry in EPSG:4326. */
  @FunctionalInterface
  public interface Sink {
    void accept(Map<String, Object> properties, org.locationtech.jts.geom.Geometry geometry) throws java.io.IOException;
  }

  /**
   * Streams every feature of a query (bbox and public-rows filters as in {@code query}, limit and
   * offset ignored) through a database cursor, so memory does not grow with the layer.
   */
  public long stream(FeatureQuery query, Sink sink) {
    return FeatureStream.stream(storage, query, LocalDate.now(clock), sink);
  }

  /** Streams an export's rows with WKB geometry: see {@link WkbRows}. */
  public long streamWkb(FeatureQuery query, WkbRows.Sink sink) {
    return new WkbRows(storage, clock).stream(query, sink);
  }

  static List<Property> textProperties(FeatureQuery query) {
    return query.collection().properties().stream()
        .filter(p -> p.kind() == parcelatlas.catalog.FieldKind.TEXT || p.kind() == parcelatlas.catalog.FieldKind.CODE)
        .toList();
  }

  static Map<String, Integer> lengths(ResultSet rs, List<Property> texts) throws SQLException {
    Map<String, Integer> lengths = new LinkedHashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      lengths.put(texts.get(i).name(), Math.max(1, rs.getInt(i + 2)));
    }
    return lengths;
  }

  /** Longest value (characters) of each text property among the features a query matches; 1 at least. */
  public Map<String, Integer> textLengths(FeatureQuery query) {
    List<Property> texts = textProperties(query);
    return storage.read(c -> {
      try (PreparedStatement s = FeatureJdbc.prepare(c, FeatureSql.textLengths(query, texts)); ResultSet rs = s.executeQuery()) {
        rs.next();
        return lengths(rs, texts);
      }
    });
  }

  /** How many features a query matches, with the points and rings of their geometries. */
  public record Parts(long features, long points, long rings) {}

  /**
   * {@link Parts} of every feature a query matches (limit and offset ignored), for sizing a file
   * before writing it: one aggregate over the matching rows. Rings by ST_NRings on PostGIS; H2GIS
   * has none (its ST_NumInteriorRings reads a MultiPolygon's first polygon only), so there the
   * lines of the boundary, one per ring (a polygon's shell alone is one line).
   */
  public Parts parts(FeatureQuery query) {
    String rings = storage.dialect().name().equals("postgis") ? "ST_NRings(t.geom)"
        : "CASE WHEN ST_IsEmpty(t.geom) THEN 0 ELSE ST_NumGeometries(ST_Boundary(t.geom)) END";
    List<Object> params = new ArrayList<>();
    String sql = "SELECT COUNT(*), COALESCE(SUM(ST_NPoints(t.geom)), 0), COALESCE(SUM(" + rings + "), 0)"
        + query.collection().from() + FeatureSql.where(query, params);
    return storage.read(c -> {
      try (PreparedStatement s = FeatureJdbc.prepare(c, new FeatureSql.Statement(sql, params)); ResultSet rs = s.executeQuery()) {
        rs.next();
        return new Parts(rs.getLong(1), rs.getLong(2), rs.getLong(3));
      }
    });
  }

  /** Runs a single-number query such as a COUNT. */
  public long number(String sql, List<Object> params) {
    return storage.read(c -> FeatureJdbc.count(c, new FeatureSql.Statement(sql, params)));
  }

  private List<Feature> features(Connection c, ServedCollection collection, FeatureSql.Statement sql)
      throws SQLException {
    return FeatureRows.read(c, collection, sql, List.of(), null, null, LocalDate.now(clock));
  }
}
