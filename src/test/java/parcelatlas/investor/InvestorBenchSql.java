package parcelatlas.investor;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parcelatlas.features.FeatureConditions;
import parcelatlas.features.FeatureReader;
import parcelatlas.limits.SlotSql;
import parcelatlas.storage.Databases;
import parcelatlas.storage.Storage;

/**
 * For {@code src/test/bench/investor.sh} (not a test): writes the SQL that one investor search and
 * one match request run as pgbench scripts, from the portal's own builders. The search's page has a
 * next page on the benchmark's data (checked), so the portal runs the page alone (no count):
 * <ul>
 *   <li>portal.sql: every statement the portal sends for one search page (see
 *       {@code SearchStatementsTest}), in its order, with the same SQL text and the same values bound
 *       as parameters: the work slot's take ({@link SlotSql}, PostgreSQL's), the page (in a
 *       transaction led by its plan choice, as the portal runs it: {@link #planned}), the slot's
 *       release; with {@code count=true} in the search, the capped count after the page, as the
 *       portal runs it. The values are pgbench variables ({@code :pN} for the page, {@code :cN} for
 *       the count, written to portal.defines as {@code -D} arguments, one a line); the slot's are the
 *       portal's too, but for the client key and token (texts like the portal's, shorter): each
 *       connection another client ({@code :client_id}, as each of the load client's connections is
 *       another visitor), a random starting number, {@code SLOTS_PER_CLIENT} slots a client;</li>
 *   <li>page.sql: the page alone, values bound the same way (portal.sql without the slot);</li>
 *   <li>search.sql: the page with its values written in (planned once: not what the portal sends;
 *       kept for {@code serve-compare.sh});</li>
 *   <li>match.sql: the match's statements, values written in (the second, scored query only when
 *       the first finds fewer parcels meeting every need than the limit, as the portal does).</li>
 * </ul>
 *
 * <p>Usage: {@code InvestorBenchSql JDBC_URL SEARCH_QUERY MATCH_JSON OUT_DIR [SLOTS_PER_CLIENT]}
 */
public final class InvestorBenchSql {
  private InvestorBenchSql() {}

  public static void main(String[] args) throws Exception {
    Map<String, List<String>> query = query(args[1]);
    boolean count = query.containsKey("count") && "true".equals(query.remove("count").get(0));
    ParcelFilter filter = ParcelFilter.parse(query);
    MatchRequest need = MatchRequest.parse(new ObjectMapper().readTree(args[2]));
    Path out = Path.of(args[3]);
    int slots = args.length > 4 ? Integer.parseInt(args[4]) : 3;
    try (Storage storage = Databases.open(args[0], null, null)) {
      PublicParcels parcels = new PublicParcels(storage, new FeatureReader(storage, java.time.Clock.systemUTC()));
      PublicParcels.SearchPage page = parcels.search(filter, false);
      if (!page.more()) {
        throw new IllegalStateException("the search has no next page on this data: choose a wider one");
      }
      parcelatlas.features.FeatureQuery search = ParcelQuery.of(filter);
      FeatureConditions.Clause items = FeatureConditions.items(search, null);
      Files.writeString(out.resolve("search.sql"), inline(items) + ";\n");
      StringBuilder defines = new StringBuilder();
      String pageSql = bound(items.sql(), items.params(), "p", defines) + ";\n";
      Files.writeString(out.resolve("page.sql"), planned(search, pageSql));
      SlotSql slot = SlotSql.of(storage.dialect(), slots);
      // the take's values in the portal's order: client, token, expires_at, the numbers 0 … slots - 1, client, offset, count
      List<String> takeValues = new java.util.ArrayList<>(List.of("client_id", "token", "expires"));
      for (int n = 0; n < slots; n++) {
        takeValues.add("slot" + n);
        defines.append("slot").append(n).append('=').append(n).append('\n');
      }
      takeValues.addAll(List.of("client_id", "off", "slots"));
      String take = variables(slot.take(), takeValues.toArray(String[]::new));
      String release = variables(slot.release(), "client_id", "token");
      defines.append("token=").append(java.util.UUID.randomUUID()).append('\n').append("expires=2100-01-01T00:00:00\n")
          .append("slots=").append(slots).append('\n');
      String countSql = "";
      if (count) {
        FeatureConditions.Clause capped = FeatureConditions.countUpTo(search, PublicParcels.COUNT_CAP);
        countSql = bound(capped.sql(), capped.params(), "c", defines) + ";\n";
      }
      Files.writeString(out.resolve("portal.sql"), "\\set off random(0, " + (slots - 1) + ")\n" + take + ";\n"
          + planned(search, pageSql + countSql) + release + ";\n");
      Files.writeString(out.resolve("portal.defines"), defines);
      MatchSql.Statement perfect = MatchSql.perfect(need);
      String match = inline(perfect.sql(), perfect.params()) + ";\n";
      int meeting = new FeatureReader(storage, java.time.Clock.systemUTC())
          .query(parcelatlas.features.ServedCollection.PARCELS, perfect.sql(), perfect.params()).size();
      if (meeting < need.limit()) {
        MatchSql.Statement best = MatchSql.best(need);
        match += inline(best.sql(), best.params()) + ";\n";
      }
      Files.writeString(out.resolve("match.sql"), match);
      System.out.println("search: the slot, the page" + (count ? ", the count" : "") + ", the slot; match: "
          + (meeting < need.limit() ? meeting + " meet every need, so also the scored query" : "the parcels meeting every need"));
    }
  }

  /**
   * The page's statements (the page, the count) as the portal runs them on PostgreSQL under the
   * search's plan choice ({@link parcelatlas.features.Plans}): in a transaction whose first statement
   * sets it (pgjdbc sends its BEGIN with the setting, in one round trip: a pipeline here), then
   * committed.
   */
  static String planned(parcelatlas.features.FeatureQuery search, String statements) {
    String setting = search.plans().setting();
    return setting == null ? statements
        : "\\startpipeline\nBEGIN;\n" + setting + ";\n\\endpipeline\n" + statements + "COMMIT;\n";
  }

  /**
   * The statement with each {@code ?} made pgbench variable {@code :<prefix>N}, sent as a parameter
   * under {@code -M prepared} (pgbench numbers them $1, $2… in order, as pgjdbc numbers the
   * {@code ?}: the same text reaches the server); their values are appended to {@code defines},
   * one {@code name=value} a line, for pgbench's {@code -D}.
   */
  static String bound(String text, List<Object> params, String prefix, StringBuilder defines) {
    String[] names = new String[params.size()];
    for (int i = 0; i < names.length; i++) {
      names[i] = prefix + (i + 1);
      String value = String.valueOf(params.get(i));
      if (value.contains("\n")) {
        throw new IllegalStateException("a value pgbench -D cannot carry: " + value);
      }
      defines.append(names[i]).append('=').append(value).append('\n');
    }
    return variables(text, names);
  }

  /** The statement with its {@code ?} replaced, in order, by these pgbench variables. */
  static String variables(String text, String... names) {
    StringBuilder sql = new StringBuilder();
    int next = 0;
    for (char ch : text.toCharArray()) {
      if (ch == '\n') {
        throw new IllegalStateException("a statement over lines: the pgbench script would not be the portal's text");
      }
      if (ch != '?') {
        sql.append(ch);
        continue;
      }
      sql.append(':').append(names[next++]);
    }
    if (next != names.length) {
      throw new IllegalStateException("placeholders and values differ in number");
    }
    return sql.toString();
  }

  /** The statement with its values written in as literals, on one line (no '?' is inside a quoted text). */
  static String inline(FeatureConditions.Clause statement) {
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

  /** The page's statement of a search, its values bound, as the portal builds it (for {@code InvestorPageBench}). */
  public static FeatureConditions.Clause page(ParcelFilter filter) {
    return FeatureConditions.items(ParcelQuery.of(filter), null);
  }

  /**
   * A search's query string ({@code a=1&b=2}) as the portal's filter parser gets it from Jetty:
   * names and values URL-decoded (UTF-8, {@code +} a space), so {@code keyword=%E7%94%B5%E5%AD%90}
   * binds 电子 as the portal does, not its escapes; a name given twice keeps both values (the parser
   * refuses it, as the portal does); a name without {@code =} has the empty value.
   */
  public static Map<String, List<String>> query(String text) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      String[] kv = pair.split("=", 2);
      query.computeIfAbsent(decode(kv[0]), k -> new java.util.ArrayList<>()).add(kv.length == 2 ? decode(kv[1]) : "");
    }
    return query;
  }

  private static String decode(String text) {
    return java.net.URLDecoder.decode(text, java.nio.charset.StandardCharsets.UTF_8);
  }
}
