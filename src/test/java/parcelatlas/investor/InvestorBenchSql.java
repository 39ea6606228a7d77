package parcelatlas.investor;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parcelatlas.features.FeatureReader;
import parcelatlas.storage.Databases;
import parcelatlas.storage.Storage;

/**
 * For {@code src/test/bench/investor.sh} (not a test): writes the SQL that one investor search and
 * one match request run, values written in, as pgbench scripts — the same statements the portal
 * prepares, from the same builders. The search's page has a next page on the benchmark's data
 * (checked): search.sql is the page alone (the portal's search without {@code count}),
 * search-count.sql the page and the capped count (the portal's search with {@code count=true}),
 * search-bound.sql the page with its values bound as parameters ({@link #bound}); the match writes the second, scored query
 * only when the first finds fewer parcels meeting every need than the limit, as the portal does.
 *
 * <p>Usage: {@code InvestorBenchSql JDBC_URL SEARCH_QUERY MATCH_JSON OUT_DIR}
 */
public final class InvestorBenchSql {
  private InvestorBenchSql() {}

  public static void main(String[] args) throws Exception {
    ParcelFilter filter = ParcelFilter.parse(query(args[1]));
    MatchRequest need = MatchRequest.parse(new ObjectMapper().readTree(args[2]));
    Path out = Path.of(args[3]);
    try (Storage storage = Databases.open(args[0], null, null)) {
      PublicParcels parcels = new PublicParcels(storage, new FeatureReader(storage, java.time.Clock.systemUTC()));
      PublicParcels.SearchPage page = parcels.search(filter, false);
      if (!page.more()) {
        throw new IllegalStateException("the search has no next page on this data: choose a wider one");
      }
      parcelatlas.features.FeatureQuery search = ParcelQuery.of(filter);
      String pageSql = inline(parcelatlas.features.FeatureConditions.items(search, null)) + ";\n";
      Files.writeString(out.resolve("search.sql"), pageSql);
      Files.writeString(out.resolve("search-bound.sql"), bound(parcelatlas.features.FeatureConditions.items(search, null),
          out.resolve("search-bound.defines")) + ";\n");
      Files.writeString(out.resolve("search-count.sql"), pageSql
          + inline(parcelatlas.features.FeatureConditions.countUpTo(search, PublicParcels.COUNT_CAP)) + ";\n");
      MatchSql.Statement perfect = MatchSql.perfect(need);
      String match = inline(perfect.sql(), perfect.params()) + ";\n";
      int meeting = new FeatureReader(storage, java.time.Clock.systemUTC())
          .query(parcelatlas.features.ServedCollection.PARCELS, perfect.sql(), perfect.params()).size();
      if (meeting < need.limit()) {
        MatchSql.Statement best = MatchSql.best(need);
        match += inline(best.sql(), best.params()) + ";\n";
      }
      Files.writeString(out.resolve("match.sql"), match);
      System.out.println("search: page (+ capped count in search-count.sql); match: " + (meeting < need.limit()
          ? meeting + " meet every need, so also the scored query" : "the parcels meeting every need"));
    }
  }

  /**
   * The statement on one line with its values bound as the portal binds them: each {@code ?} becomes
   * the pgbench variable {@code :vN}, sent as a parameter under {@code -M prepared}; the values go to
   * {@code defines}, one {@code vN=value} a line, for pgbench's {@code -D}. With values bound,
   * PostgreSQL plans the statement on every execution (a custom plan, as the generic plan of a
   * parameterised LIMIT looks costlier), as it does for the portal; with values written in, once.
   */
  static String bound(parcelatlas.features.FeatureConditions.Clause statement, Path defines) throws java.io.IOException {
    StringBuilder sql = new StringBuilder();
    StringBuilder values = new StringBuilder();
    int next = 0;
    for (char ch : statement.sql().toCharArray()) {
      if (ch != '?') {
        sql.append(ch == '\n' ? ' ' : ch);
        continue;
      }
      Object value = statement.params().get(next++);
      if (String.valueOf(value).contains("\n") || String.valueOf(value).contains(" ")) {
        throw new IllegalStateException("a value pgbench -D cannot carry: " + value);
      }
      sql.append(":v").append(next);
      values.append('v').append(next).append('=').append(value).append('\n');
    }
    if (next != statement.params().size()) {
      throw new IllegalStateException("placeholders and values differ in number");
    }
    Files.writeString(defines, values);
    return sql.toString();
  }

  /** The statement with its values written in as literals, on one line (no '?' is inside a quoted text). */
  static String inline(parcelatlas.features.FeatureConditions.Clause statement) {
    return inline(statement.sql(), statement.params());
  }

  static String inline(String text, List<Object> values) {
    StringBuilder sql = new StringBuilder();
    int next = 0;
    for (char ch : text.toCharArray()) {
      if (ch != '?') {
        sql.append(ch == '\n' ? ' ' : ch);
        continue;
      }
      Object value = values.get(next++);
      sql.append(value instanceof String s ? "'" + s.replace("'", "''") + "'" : String.valueOf(value));
    }
    if (next != values.size()) {
      throw new IllegalStateException("placeholders and values differ in number");
    }
    return sql.toString();
  }

  /** A search's query string ({@code a=1&b=2}, values as given) as the filter parser takes it. */
  static Map<String, List<String>> query(String text) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    for (String pair : text.split("&")) {
      String[] kv = pair.split("=", 2);
      query.put(kv[0], List.of(kv[1]));
    }
    return query;
  }
}
