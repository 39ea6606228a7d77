package parcelatlas.investor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import parcelatlas.features.FeatureConditions;
import parcelatlas.features.FeatureQuery;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.Explain;
import parcelatlas.testing.TestDatabases;

/**
 * Every investor filter and sort starts from an index on a table twenty times the demo's: on
 * PostGIS the plans of the page query and of the capped count never scan the whole parcel table
 * (H2's plans are printed: its optimizer, without real statistics, takes the status index).
 */
@Tag("database")
class InvestorIndexPlanTest {

  @Test
  void each_filter_and_sort_is_answered_from_an_index() {
    try (Storage storage = DemoData.loaded()) {
      ExtraParcels.landReady(storage, 20);
      boolean postgis = TestDatabases.kind().equals("postgis");
      if (postgis) {
        storage.read(c -> c.createStatement().execute("ANALYZE parcels"));
      }
      Map<String, String> searches = new LinkedHashMap<>();
      searches.put("park=QL-P01", "park");
      searches.put("land_use=G", "land_use");
      searches.put("min_mu=400", "area");
      searches.put("max_mu=3", "area");
      searches.put("max_price=20", "price");
      searches.put("servicing=heating,gas", "heating|gas");
      searches.put("keyword=" + "氢能", "industry");
      searches.put("keyword=" + "machine", "industry");
      searches.put("industry=new_energy", "industry_codes");
      searches.put("industry=aerospace", "industry_codes");
      searches.put("bbox=117.35,34.69,117.36,34.70", "geom");
      searches.put("sort=code", "code");
      searches.put("sort=-area_mu", "area");
      searches.put("sort=price", "price");
      searches.put("sort=total_price", "total_price");
      searches.put("sort=-total_price", "total_price");
      searches.put("sort=status", "status");
      searches.put("status=listed", "status");
      List<String> failures = new ArrayList<>();
      for (Map.Entry<String, String> search : searches.entrySet()) {
        ParcelFilter filter = ParcelFilter.parse(params(search.getKey()));
        FeatureQuery query = ParcelQuery.of(filter);
        for (FeatureConditions.Clause sql : List.of(FeatureConditions.items(query, null),
            FeatureConditions.countUpTo(query, 10_000))) {
          if (search.getKey().startsWith("sort") && sql.sql().contains("COUNT")) {
            continue;
          }
          String plan = explain(storage, sql).toLowerCase(Locale.ROOT);
          boolean count = sql.sql().contains("COUNT");
          // a page may also walk the index of its sort order (by code) and filter on the way
          String index = count ? search.getValue() : search.getValue() + "|code";
          boolean indexed = plan.matches("(?s).*parcels_\\w*(" + index + ")\\w*_idx.*");
          System.out.println(TestDatabases.kind() + " " + search.getKey() + ":\n" + plan);
          // H2 has no statistics worth the name and picks the status index for all: shown, not asserted
          // a third of the demo's parcels have heating and gas: a count reading the table until it
          // has 10,001 of them is cheaper than the index, and bounded by the cap all the same
          boolean commonServices = count && search.getKey().startsWith("servicing");
          // so are a sixth of them new-energy plots (氢能 names that category)
          commonServices |= count && (search.getKey().endsWith("new_energy") || search.getKey().endsWith("氢能"));
          if (postgis && !commonServices && (plan.contains("seq scan on parcels") || !indexed)) {
            failures.add(search.getKey() + (count ? " (count)" : " (page)") + ":\n" + plan);
          }
        }
      }
      assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
  }

  private static Map<String, List<String>> params(String query) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    String[] pair = query.split("=", 2);
    params.put(pair[0], List.of(pair[1]));
    return params;
  }

  private static String explain(Storage storage, FeatureConditions.Clause sql) {
    return storage.read(c -> Explain.plan(c, sql.sql(), sql.params()));
  }
}
