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
 * (checked), so the portal runs the capped count too; the match writes the second, scored query
 * only when the first finds fewer parcels meeting every need than the limit, as the portal does.
 *
 * <p>Usage: {@code InvestorBenchSql JDBC_URL SEARCH_QUERY MATCH_JSON OUT_DIR}
 */
public final class InvestorBenchSql {
  private InvestorBenchSql() {}

  public static void main(String[] args) throws Exception {
    Map<String, List<String>> query = new LinkedHashMap<>();
    for (String pair : args[1].split("&")) {
      String[] kv = pair.split("=", 2);
      query.put(kv[0], List.of(kv[1]));
    }
    ParcelFilter filter = ParcelFilter.parse(query);
    MatchRequest need = MatchRequest.parse(new ObjectMapper().readTree(args[2]));
    Path out = Path.of(args[3]);
    try (Storage storage = Databases.open(args[0], null, null)) {
      PublicParcels parcels = new PublicParcels(storage, new FeatureReader(storage, java.time.Clock.systemUTC()));
      PublicParcels.SearchPage page = parcels.search(filter);
      if (!page.more()) {
        throw new IllegalStateException("the search has no next page on this data: choose a wider one");
      }
      Files.writeString(out.resolve("search.sql"), inline(InvestorSql.search(filter)) + ";\n"
          + inline(InvestorSql.count(filter, PublicParcels.COUNT_CAP)) + ";\n");
      InvestorSql.Statement perfect = MatchSql.perfect(need);
      String match = inline(perfect) + ";\n";
      int meeting = new FeatureReader(storage, java.time.Clock.systemUTC())
          .query(parcelatlas.features.ServedCollection.PARCELS, perfect.sql(), perfect.params()).size();
      if (meeting < need.limit()) {
        match += inline(MatchSql.best(need)) + ";\n";
      }
      Files.writeString(out.resolve("match.sql"), match);
      System.out.println("search: page + capped count; match: " + (meeting < need.limit()
          ? meeting + " meet every need, so also the scored query" : "the parcels meeting every need"));
    }
  }

  /** The statement with its values written in as literals, on one line (no '?' is inside a quoted text). */
  static String inline(InvestorSql.Statement statement) {
    StringBuilder sql = new StringBuilder();
    int next = 0;
    for (char ch : statement.sql().toCharArray()) {
      if (ch != '?') {
        sql.append(ch == '\n' ? ' ' : ch);
        continue;
      }
      Object value = statement.params().get(next++);
      sql.append(value instanceof String s ? "'" + s.replace("'", "''") + "'" : String.valueOf(value));
    }
    if (next != statement.params().size()) {
      throw new IllegalStateException("placeholders and values differ in number");
    }
    return sql.toString();
  }
}
