package parcelatlas.investor;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parcelatlas.features.FeatureConditions;
import parcelatlas.features.FeatureQuery;
import parcelatlas.features.Plans;

/**
 * For {@code src/test/bench/investor-plans.sh} (not a test): EXPLAIN (ANALYZE, BUFFERS) of the page
 * the portal's builders write for each investor search, under the plan the portal chooses for it
 * ({@code ParcelQuery.plans}): the statement prepared by name with its values bound, the session's
 * {@code plan_cache_mode} set as the portal's transaction sets it, executed twice, the second
 * reported ({@code PLANS=both}: planned each time and once, whatever the portal's choice; one
 * markdown row: the search, the plan choice, execution ms, shared buffers hit + read, whether the
 * plan was generic or custom, its indexes and sorts). Without searches given, every filter of
 * {@code FILTERS} with every sort of {@link ParcelFilter#SORTS} (the filter alone too, and no
 * filter). {@code VERBOSE=1} prints each whole plan.
 *
 * <p>Usage: {@code InvestorPlansExplain JDBC_URL [SEARCH...]} (PostgreSQL only)
 */
public final class InvestorPlansExplain {
  /** A value or two of every investor filter (QL-P01: the demo's own park, one of ~4,000 at 1M). */
  static final List<String> FILTERS = List.of("", "park=QL-P01", "land_use=B", "land_use=M1", "land_use=M1,M2",
      "land_use=W", "min_mu=20", "min_mu=3000", "max_mu=3", "max_price=1", "max_price=30", "status=listed",
      "status=available", "servicing=heating", "servicing=gas", "servicing=road", "servicing=heating,gas",
      "industry=equipment", "keyword=%E7%94%B5%E5%AD%90", "bbox=117.35,34.69,117.38,34.72",
      "bbox=113.2,31.2,121.3,37.9", "max_km.highway_exit=5");

  private static final Pattern TIME = Pattern.compile("Execution Time: ([0-9.]+) ms");
  private static final Pattern BUFFERS = Pattern.compile("Buffers: shared( hit=(\\d+))?( read=(\\d+))?");
  private static final Pattern NODE = Pattern.compile("(Index Scan(?: Backward)? using \\w+"
      + "|Index Only Scan(?: Backward)? using \\w+"
      + "|Bitmap Index Scan on \\w+|Seq Scan on \\w+|Sort Key: [^\\n]+|Incremental Sort)");

  private InvestorPlansExplain() {}

  public static void main(String[] args) throws Exception {
    List<String> searches = new ArrayList<>(List.of(args).subList(1, args.length));
    if (searches.isEmpty()) {
      for (String filter : FILTERS) {
        for (String sort : ParcelFilter.SORTS.keySet().stream().sorted().toList()) {
          searches.add((filter.isEmpty() ? "" : filter + "&") + "sort=" + sort);
        }
      }
    }
    boolean verbose = "1".equals(System.getenv("VERBOSE"));
    boolean both = "both".equals(System.getenv("PLANS"));
    System.out.println("| search | plan | ms | buffers hit/read | plan's indexes and sorts |");
    System.out.println("|---|---|---|---|---|");
    try (Connection c = DriverManager.getConnection(args[0])) {
      for (String search : searches) {
        ParcelFilter filter = ParcelFilter.parse(InvestorBenchSql.query(search));
        FeatureQuery query = ParcelQuery.of(filter);
        List<Plans> choices = both ? List.of(Plans.EACH_TIME, Plans.ONCE) : List.of(query.plans());
        for (Plans choice : choices) {
          String plan = explain(c, query.planned(choice));
          System.out.println("| `" + search + "` | " + choice + (choice == query.plans() ? " (the portal's)" : "")
              + " | " + first(TIME, plan, 1) + " | " + buffers(plan) + " | " + nodes(plan) + " |");
          if (verbose) {
            System.out.println(plan);
          }
        }
      }
    }
  }

  /**
   * The plan (EXPLAIN ANALYZE, BUFFERS) of this query's page on {@code c} as the portal runs it:
   * the statement prepared by name, its values bound, under the portal's plan choice; the second of
   * two executions (the seventh under PostgreSQL's own choice: past the five it plans for their
   * values). Leaves the session's plan_cache_mode at its default.
   */
  static String explain(Connection c, FeatureQuery query) throws java.sql.SQLException {
    FeatureConditions.Clause page = FeatureConditions.items(query, null);
    String setting = query.plans().setting();
    try (Statement s = c.createStatement()) {
      if (setting != null) {
        s.execute(setting.replace("SET LOCAL", "SET"));
      }
      s.execute("PREPARE inv_page AS " + numbered(page.sql()));
      String plan = "";
      try {
        for (int run = 0, runs = setting == null ? 7 : 2; run < runs; run++) {
          plan = explain(s, "EXPLAIN (ANALYZE, BUFFERS) EXECUTE inv_page(" + literals(page.params()) + ")");
        }
      } finally {
        s.execute("DEALLOCATE inv_page");
        s.execute("RESET plan_cache_mode");
      }
      return plan;
    }
  }

  private static String explain(Statement s, String sql) throws java.sql.SQLException {
    StringBuilder text = new StringBuilder();
    try (ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        text.append(r.getString(1)).append('\n');
      }
    }
    return text.toString();
  }

  /** The statement with its {@code ?} numbered {@code $1, $2…} (no '?' is inside a quoted text). */
  static String numbered(String sql) {
    StringBuilder out = new StringBuilder();
    int n = 0;
    for (char ch : sql.toCharArray()) {
      out.append(ch == '?' ? "$" + ++n : String.valueOf(ch));
    }
    return out.toString();
  }

  private static String literals(List<Object> params) {
    List<String> out = new ArrayList<>();
    for (Object p : params) {
      out.add(p instanceof String t ? "'" + t.replace("'", "''") + "'" : String.valueOf(p));
    }
    return String.join(", ", out);
  }

  private static String first(Pattern p, String text, int group) {
    Matcher m = p.matcher(text);
    return m.find() ? m.group(group) : "?";
  }

  private static String buffers(String plan) {
    Matcher m = BUFFERS.matcher(plan);
    return m.find() ? (m.group(2) == null ? "0" : m.group(2)) + "/" + (m.group(4) == null ? "0" : m.group(4)) : "?";
  }

  private static String nodes(String plan) {
    List<String> found = new ArrayList<>();
    Matcher m = NODE.matcher(plan);
    while (m.find()) {
      found.add(m.group(1).replace("Index Scan using ", "idx ").replace("Index Scan Backward using ", "idx← ")
          .replace("Bitmap Index Scan on ", "bitmap ").replace("Sort Key: ", "sort ").replace("|", "/"));
    }
    // a generic plan shows its parameters ($1…) where a custom one shows the values
    return (plan.matches("(?s).*\\$\\d.*") ? "generic: " : "custom: ") + String.join("; ", found);
  }
}
