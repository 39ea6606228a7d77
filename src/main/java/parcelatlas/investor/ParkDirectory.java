package parcelatlas.investor;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import parcelatlas.catalog.Layer;
import parcelatlas.domain.Area;
import parcelatlas.features.RowFilter;
import parcelatlas.features.ServedCollection;
import parcelatlas.storage.LikePattern;
import parcelatlas.storage.Storage;
import parcelatlas.tiles.DataVersions;

/**
 * The park summaries a page needs, a page at a time ({@link ParkQuery}): never the whole list. The
 * parks of one page are chosen first (code order, through the spatial index for a view, the code's
 * or name's index for a lookup), and only their land-ready parcels are counted, so a page costs
 * the same whatever the city holds. Every park is public; the counts are of public parcels only,
 * whoever asks (the scoping of the investor API).
 */
public final class ParkDirectory {
  private static final String COLUMNS = "p.code, p.name, p.name_en, p.level, p.leading_industries,"
      + " p.planned_area_km2, p.contact_person, p.contact_phone, p.address, p.summary,"
      + " p.address_en, p.contact_en, p.summary_en";
  private static final String PAGE_SQL = "SELECT " + COLUMNS + ","
      + " ST_XMin(p.geom) AS w, ST_YMin(p.geom) AS s, ST_XMax(p.geom) AS e, ST_YMax(p.geom) AS n,"
      + " COUNT(t.id) AS ready, COALESCE(SUM(t.area_m2), 0) AS ready_m2"
      + " FROM parks p JOIN (SELECT q.code FROM parks q%s ORDER BY q.code LIMIT ?) page ON page.code = p.code"
      + " LEFT JOIN parcels t ON t.park_code = p.code AND " + ServedCollection.PUBLIC_PARCELS
      + " GROUP BY " + COLUMNS + ", p.geom ORDER BY p.code";
  private static final String EXTENT_SQL = "SELECT COUNT(*) AS parks, MIN(ST_XMin(geom)) AS w, MIN(ST_YMin(geom)) AS s,"
      + " MAX(ST_XMax(geom)) AS e, MAX(ST_YMax(geom)) AS n FROM parks";
  private final Storage storage;
  private final AtomicReference<KnownExtent> known = new AtomicReference<>();

  public ParkDirectory(Storage storage) {
    this.storage = storage;
  }

  /**
   * One page of the parks the query selects.
   *
   * @param parks at most {@code query.limit()} summaries in code order
   * @param next the cursor of the following page (the last code of this one), or null on the last page
   */
  public record Page(List<ParkSummary> parks, String next) {}

  /**
   * How many parks the city has and the box around them ({@code [w, s, e, n]}, null when none):
   * where a map starts. Read once per data version of the parks layer (checked on every call, so
   * every node agrees after a write).
   */
  public record Extent(long parks, double[] bbox) {}

  private record KnownExtent(long version, Extent extent) {}

  public Page page(ParkQuery query) {
    List<Object> params = new ArrayList<>();
    String where = where(query, params);
    params.add(query.limit() + 1);
    List<ParkSummary> parks = storage.read(c -> {
      List<ParkSummary> rows = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(String.format(PAGE_SQL, where))) {
        for (int i = 0; i < params.size(); i++) {
          s.setObject(i + 1, params.get(i));
        }
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            rows.add(summary(rs));
          }
        }
      }
      return rows;
    });
    if (parks.size() <= query.limit()) {
      return new Page(parks, null);
    }
    List<ParkSummary> shown = List.copyOf(parks.subList(0, query.limit()));
    return new Page(shown, shown.get(shown.size() - 1).code());
  }

  public Extent extent() {
    return storage.read(c -> {
      long version = DataVersions.current(c, Layer.PARKS);
      KnownExtent seen = known.get();
      if (seen != null && seen.version() == version) {
        return seen.extent();
      }
      try (PreparedStatement s = c.prepareStatement(EXTENT_SQL); ResultSet rs = s.executeQuery()) {
        rs.next();
        long count = rs.getLong("parks");
        Extent extent = new Extent(count, count == 0 ? null
            : new double[] {rs.getDouble("w"), rs.getDouble("s"), rs.getDouble("e"), rs.getDouble("n")});
        known.set(new KnownExtent(version, extent));
        return extent;
      }
    });
  }

  /** The page's conditions on {@code q} (the parks table), their values appended to params. */
  private static String where(ParkQuery query, List<Object> params) {
    List<String> conditions = new ArrayList<>();
    if (query.bbox() != null) {
      RowFilter view = RowFilter.boxMeets("q.geom", query.bbox());
      conditions.add(view.sql());
      params.addAll(view.params());
    }
    if (query.minWidth() > 0) {
      conditions.add("ST_XMax(q.geom) - ST_XMin(q.geom) >= ?");
      params.add(query.minWidth());
    }
    if (query.q() != null) {
      String text = query.q();
      conditions.add("(q.name" + LikePattern.LIKE + " OR LOWER(q.name_en)" + LikePattern.LIKE + " OR UPPER(q.code)"
          + LikePattern.LIKE + ")");
      params.addAll(List.of(LikePattern.containing(text), LikePattern.containing(text.toLowerCase(java.util.Locale.ROOT)),
          LikePattern.startingWith(text.toUpperCase(java.util.Locale.ROOT))));
    }
    in(conditions, params, "q.code", query.codes());
    in(conditions, params, "q.name", query.names());
    if (query.cursor() != null) {
      conditions.add("q.code > ?");
      params.add(query.cursor());
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  private static void in(List<String> conditions, List<Object> params, String column, List<String> values) {
    if (!values.isEmpty()) {
      conditions.add(column + " IN (" + String.join(", ", java.util.Collections.nCopies(values.size(), "?")) + ")");
      params.addAll(values);
    }
  }

  private static ParkSummary summary(ResultSet rs) throws java.sql.SQLException {
    return new ParkSummary(rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
        rs.getString("level"), rs.getString("leading_industries"), rs.getObject("planned_area_km2", Double.class),
        rs.getString("contact_person"), rs.getString("contact_phone"), rs.getString("address"),
        rs.getString("summary"), rs.getLong("ready"), Math.round(Area.mu(rs.getDouble("ready_m2")) * 10) / 10.0,
        new double[] {rs.getDouble("w"), rs.getDouble("s"), rs.getDouble("e"), rs.getDouble("n")},
        rs.getString("address_en"), rs.getString("contact_en"), rs.getString("summary_en"));
  }
}
