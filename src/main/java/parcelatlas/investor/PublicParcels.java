package parcelatlas.investor;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import parcelatlas.domain.Area;
import parcelatlas.domain.Servicing;
import parcelatlas.features.Feature;
import parcelatlas.features.FeatureCursor;
import parcelatlas.features.FeatureJsonRows;
import parcelatlas.features.ItemsJson;
import parcelatlas.features.FeatureQuery;
import parcelatlas.features.FeatureRow;
import parcelatlas.features.ItemsPage;
import parcelatlas.features.FeatureReader;
import parcelatlas.features.ServedCollection;
import parcelatlas.storage.Storage;

/** Reads land-ready parcels and park summaries for investors. */
public final class PublicParcels {
  /** Parks with their land-ready parcels counted and summed; {@code %s} takes an optional WHERE. */
  private static final String PARKS_SQL = "SELECT p.code, p.name, p.name_en, p.level, p.leading_industries,"
      + " p.planned_area_km2, p.contact_person, p.contact_phone, p.address, p.summary,"
      + " p.address_en, p.contact_en, p.summary_en,"
      + " ST_XMin(p.geom) AS w, ST_YMin(p.geom) AS s, ST_XMax(p.geom) AS e, ST_YMax(p.geom) AS n,"
      + " COUNT(t.id) AS ready, COALESCE(SUM(t.area_m2), 0) AS ready_m2"
      + " FROM parks p LEFT JOIN parcels t ON t.park_code = p.code AND " + ServedCollection.PUBLIC_PARCELS
      + "%s GROUP BY p.code, p.name, p.name_en, p.level, p.leading_industries, p.planned_area_km2,"
      + " p.contact_person, p.contact_phone, p.address, p.summary, p.address_en, p.contact_en, p.summary_en,"
      + " p.geom ORDER BY p.code";
  private final Storage storage;
  private final FeatureReader reader;

  public PublicParcels(Storage storage, FeatureReader reader) {
    this.storage = storage;
    this.reader = reader;
  }

  /**
   * One page of the parcels a filter matches, read by the features path ({@link ParcelQuery}):
   * at the filter's offset, or after its cursor (keyset: every row once, in order, even while rows
   * are added before the page), with the cursor of the next page. How many match is known for free
   * when the page holds the last match; otherwise it is counted only when {@code count} is asked
   * for: exactly up to {@link #COUNT_CAP}, else only that there are more (no request counts further).
   */
  public SearchPage search(ParcelFilter filter, boolean count) {
    FeatureQuery query = ParcelQuery.of(filter);
    FeatureCursor after = ParcelQuery.cursor(filter);
    ItemsPage page = reader.items(query, after, false);
    List<Feature> features = page.features().stream().map(PublicParcels::withInvestorFacts).toList();
    Tally tally = tally(filter, query, after, features.size(), page.numberMatched(), page.next(), count);
    return new SearchPage(features, tally.matched, tally.moreThanCap, page.next() != null, tally.start, tally.next);
  }

  /**
   * The page {@link #search} reads, its features already written as a JSON array straight from the
   * rows ({@link FeatureReader#itemsJson} in the investor form: the parcel code as id, the
   * servicing label last): the same bytes as {@link #search}'s features written one by one with
   * the code as id, the same statements, count and cursor; no map or {@link Feature} per row.
   */
  public SearchJson searchJson(ParcelFilter filter, boolean count, FeatureJsonRows.Geometry geometry,
      FeatureJsonRows.Generators generators) {
    FeatureQuery query = ParcelQuery.of(filter);
    FeatureCursor after = ParcelQuery.cursor(filter);
    ItemsJson page = reader.itemsJson(query, after, false, geometry, generators, FeatureJsonRows.Form.INVESTOR);
    Tally tally = tally(filter, query, after, page.numberReturned(), page.numberMatched(), page.next(), count);
    return new SearchJson(page, tally.matched, tally.moreThanCap, page.next() != null, tally.start, tally.next);
  }

  /** A page's count, start and next cursor, by the rules {@link #search} states. */
  private record Tally(Long matched, boolean moreThanCap, long start, String next) {}

  private Tally tally(ParcelFilter filter, FeatureQuery query, FeatureCursor after, int returned, Long numberMatched,
      FeatureCursor nextCursor, boolean count) {
    long start = after == null ? filter.offset() : after.position();
    Long matched = numberMatched;
    if (after != null && nextCursor == null) {
      matched = start + returned;
    }
    boolean moreThanCap = false;
    if (matched == null && count) {
      long n = reader.countUpTo(query, COUNT_CAP);
      matched = n > COUNT_CAP ? null : n;
      moreThanCap = n > COUNT_CAP;
    }
    return new Tally(matched, moreThanCap, start, nextCursor == null ? null : nextCursor.encode(query.sortBy()));
  }

  /** Counts above this are reported as "more than" it: the features path's cap. */
  public static final int COUNT_CAP = (int) FeatureReader.COUNT_CAP;

  /**
   * A page of search results.
   *
   * @param numberMatched how many parcels match in all, or null when not counted or more than {@link #COUNT_CAP}
   * @param moreThanCap whether it was counted and more than {@link #COUNT_CAP} match
   * @param more whether a page follows this one
   * @param start how many parcels precede this page (its offset, or the cursor's position)
   * @param next the opaque cursor of the next page, or null on the last
   */
  public record SearchPage(List<Feature> features, Long numberMatched, boolean moreThanCap, boolean more, long start,
      String next) {}

  /** As {@link SearchPage}, with the features as a JSON array ({@link ItemsJson#buffer}, {@link ItemsJson#length}). */
  public record SearchJson(ItemsJson features, Long numberMatched, boolean moreThanCap, boolean more, long start,
      String next) {}

  /** The public parcels among {@code codes}, in code order; others are silently absent. */
  public List<Feature> byCodes(List<String> codes) {
    if (codes.isEmpty()) {
      return List.of();
    }
    return reader.items(ParcelQuery.byCodes(codes), null, false).features().stream()
        .map(PublicParcels::withInvestorFacts).toList();
  }

  public Optional<Feature> byCode(String code) {
    return byCodes(List.of(code)).stream().findFirst();
  }

  /**
   * The best land-ready parcels for these needs, scored and ranked by the database
   * ({@link MatchSql}, the rule) and put into words by {@link SiteMatcher}. First those meeting
   * every need, through the indexes; when fewer than {@code need.limit()} do, the database scores
   * every candidate. Either query returns at most {@code need.limit()} parcels, so the work here is
   * bounded whatever the size of the table.
   */
  public Ranking match(MatchRequest need) {
    List<FeatureRow> best = candidates(MatchSql.perfect(need), need);
    int read = best.size();
    if (best.size() < need.limit()) {
      best = candidates(MatchSql.best(need), need);
      read += best.size();
    }
    return new Ranking(SiteMatcher.explain(best, need), read);
  }

  private List<FeatureRow> candidates(MatchSql.Statement sql, MatchRequest need) {
    return reader.rows(ServedCollection.PARCELS, sql.sql(), sql.params(), MatchSql.columns(need)).stream()
        .map(r -> new FeatureRow(withInvestorFacts(r.feature()), r.columns())).toList();
  }

  /** Matches, best first, and how many parcels were read from the database to find them. */
  public record Ranking(List<Match> matches, int parcelsRead) {}

  /** One park's summary (pages of park summaries: {@link ParkDirectory}). */
  public Optional<ParkSummary> park(String code) {
    return parks(code).stream().findFirst();
  }

  /** Every park, or only the one with {@code code} when it is not null. */
  private List<ParkSummary> parks(String code) {
    return storage.read(c -> {
      List<ParkSummary> parks = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(String.format(PARKS_SQL, code == null ? "" : " WHERE p.code = ?"))) {
        if (code != null) {
          s.setString(1, code);
        }
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            parks.add(new ParkSummary(rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
                rs.getString("level"), rs.getString("leading_industries"), (Double) rs.getObject("planned_area_km2", Double.class),
                rs.getString("contact_person"), rs.getString("contact_phone"), rs.getString("address"),
                rs.getString("summary"), rs.getLong("ready"), round(Area.mu(rs.getDouble("ready_m2"))),
                new double[] {rs.getDouble("w"), rs.getDouble("s"), rs.getDouble("e"), rs.getDouble("n")},
                rs.getString("address_en"), rs.getString("contact_en"), rs.getString("summary_en")));
          }
        }
      }
      return parks;
    });
  }

  /**
   * Adds the servicing label to a parcel's properties (its total price, {@code total_price_wan},
   * comes from the database: {@link ServedCollection#TOTAL_PRICE_WAN}).
   */
  static Feature withInvestorFacts(Feature feature) {
    Map<String, Object> p = feature.properties();
    p.put("servicing_label", Servicing.label(p).orElse(null));
    return feature;
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
