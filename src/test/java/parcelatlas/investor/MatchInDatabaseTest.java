package parcelatlas.investor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import parcelatlas.domain.Servicing;
import parcelatlas.features.Feature;
import parcelatlas.features.FeatureReader;
import parcelatlas.features.ServedCollection;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;

/**
 * Matching scored in the database picks exactly what {@link ReferenceMatcher#rank} picks from every
 * land-ready parcel (the implementation before it, kept here as the reference), and reads at
 * most twice the parcels it returns (those meeting every need, then the best scored), however
 * many land-ready parcels the table holds.
 */
@Tag("database")
class MatchInDatabaseTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] USES = {"M1", "M2", "M3", "W", "B", "A", "R", "S", "U", "G"};
  private static final String[] SERVICES = Servicing.COLUMNS.keySet().toArray(String[]::new);
  private static final String[] INDUSTRIES = {"装备", "新材料", "锂电池", "氢能", "电子", "食品", "not-there", "%", "_",
      "new energy", "hydrogen", "logistics", "chemicals", "biomedicine"};
  private static Storage storage;
  private static PublicParcels parcels;
  private static FeatureReader reader;

  @BeforeAll
  static void load() {
    storage = DemoData.loaded();
    reader = new FeatureReader(storage, RunningApp.CLOCK);
    parcels = new PublicParcels(storage, reader);
  }

  @AfterAll
  static void close() {
    storage.close();
  }

  @Test
  void the_database_ranks_as_the_matcher_does_over_every_land_ready_parcel() throws Exception {
    for (MatchRequest need : requests(60, 7)) {
      assertSameRanking(need);
    }
  }

  @Test
  void the_match_reads_at_most_the_parcels_it_returns_however_many_are_land_ready() throws Exception {
    long before = Sql.count(storage, "parcels WHERE status IN ('available', 'listed')");
    // copies of every parcel that lose on every criterion below, many more than the demo's land-ready parcels
    ExtraParcels.unfit(storage, 4);
    long after = Sql.count(storage, "parcels WHERE status IN ('available', 'listed')");
    assertTrue(after > before * 10, before + " → " + after);
    MatchRequest need = parse("{\"min_mu\": 30, \"max_mu\": 150, \"land_use\": [\"M1\", \"M2\"], \"min_height_m\": 20,"
        + " \"needs\": [\"power\", \"gas\"], \"max_total_price_wan\": 5000, \"industry\": \"装备\", \"limit\": 25}");
    PublicParcels.Ranking ranking = assertSameRanking(need);
    assertEquals(25, ranking.matches().size());
    assertTrue(ranking.parcelsRead() <= 2 * need.limit(), "read " + ranking.parcelsRead() + " of " + after);
    ranking.matches().forEach(m -> assertTrue(!m.code().startsWith("X"), m.code() + " " + m.score()));
    for (MatchRequest each : requests(8, 11)) {
      PublicParcels.Ranking r = assertSameRanking(each);
      assertTrue(r.parcelsRead() <= 2 * each.limit(), "read " + r.parcelsRead() + " for limit " + each.limit());
    }
  }

  /** Asserts the database's ranking equals the reference's: codes, scores and reasons. */
  private static PublicParcels.Ranking assertSameRanking(MatchRequest need) {
    Map<String, String> parkIndustries = new java.util.HashMap<>();
    for (Map<String, Object> r : Sql.rows(storage, "SELECT code, leading_industries FROM parks")) {
      parkIndustries.put((String) r.get("code"), (String) r.get("leading_industries"));
    }
    List<Match> expected = ReferenceMatcher.rank(everyPublicParcel(need.park()), need, parkIndustries);
    PublicParcels.Ranking actual = parcels.match(need);
    assertEquals(describe(expected), describe(actual.matches()), need.toString());
    return actual;
  }

  /** The old way: every land-ready parcel (of the park) read into memory. */
  private static List<Feature> everyPublicParcel(String park) {
    parcelatlas.features.FeatureQuery all = parcelatlas.features.FeatureQuery.of(ServedCollection.PARCELS, true);
    if (park != null) {
      all = all.where(ParcelQuery.park(park));
    }
    parcelatlas.features.FeatureConditions.Clause where = parcelatlas.features.FeatureConditions.where(all);
    String sql = ServedCollection.PARCELS.select() + ServedCollection.PARCELS.from() + where.sql() + " ORDER BY t.code";
    return reader.query(ServedCollection.PARCELS, sql, where.params()).stream().map(PublicParcels::withInvestorFacts).toList();
  }

  private static List<String> describe(List<Match> matches) {
    return matches.stream().map(m -> m.code() + " " + m.score() + " " + m.fits() + " " + m.misses()).toList();
  }

  /** Hand-picked needs (edges of the rules), then {@code n} random ones from a fixed seed. */
  private static List<MatchRequest> requests(int n, long seed) throws Exception {
    List<MatchRequest> list = new ArrayList<>();
    for (String json : List.of("{}", "{\"limit\": 100}", "{\"min_mu\": 50}", "{\"max_mu\": 40}",
        "{\"min_mu\": 120, \"max_mu\": 60}", "{\"min_mu\": 0, \"max_mu\": 0}", "{\"needs\": [\"heating\"]}",
        "{\"needs\": [\"road\", \"water\", \"power\"], \"limit\": 50}", "{\"max_total_price_wan\": 0}",
        "{\"max_total_price_wan\": 2000, \"park\": \"QL-P01\"}", "{\"industry\": \"装备\", \"park\": \"QL-P03\"}",
        "{\"park\": \"NO-SUCH-PARK\"}", "{\"min_height_m\": 24, \"land_use\": [\"M1\"]}")) {
      list.add(parse(json));
    }
    Random random = new Random(seed);
    for (int i = 0; i < n; i++) {
      ObjectNode need = JSON.createObjectNode();
      if (random.nextBoolean()) {
        need.put("min_mu", random.nextInt(40) * 5);
      }
      if (random.nextBoolean()) {
        need.put("max_mu", random.nextInt(60) * 5 + random.nextInt(2) * 0.5);
      }
      if (random.nextInt(3) == 0) {
        need.set("land_use", subset(random, USES));
      }
      if (random.nextInt(3) == 0) {
        need.put("min_height_m", 12 + random.nextInt(8) * 6);
      }
      if (random.nextBoolean()) {
        need.set("needs", subset(random, SERVICES));
      }
      if (random.nextInt(3) == 0) {
        need.put("max_total_price_wan", random.nextInt(100) * 100);
      }
      if (random.nextInt(4) == 0) {
        need.put("industry", INDUSTRIES[random.nextInt(INDUSTRIES.length)]);
      }
      if (random.nextInt(4) == 0) {
        need.put("park", "QL-P0" + (1 + random.nextInt(7)));
      }
      need.put("limit", new int[] {1, 5, 20, 100}[random.nextInt(4)]);
      list.add(MatchRequest.parse(need));
    }
    return list;
  }

  private static ArrayNode subset(Random random, String[] values) {
    ArrayNode list = JSON.createArrayNode();
    for (String value : values) {
      if (random.nextInt(3) == 0) {
        list.add(value);
      }
    }
    return list;
  }

  private static MatchRequest parse(String json) throws Exception {
    return MatchRequest.parse(JSON.readTree(json));
  }
}
