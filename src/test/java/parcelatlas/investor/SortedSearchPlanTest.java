package parcelatlas.investor;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;

/**
 * On PostGIS a search that narrows by a value the sort order follows (commercial land is priced
 * higher, heating is laid on in the dearer parks) reads its page without walking an ordered index
 * past the rows its filter rejects, nor sorts more than its page: on a table twenty times the
 * demo's, the page's plan (as the portal plans it, {@code InvestorPlansExplain#explain}) reads at
 * most four times the page's rows from the parcels and removes no more than that by a filter.
 * Before V1_58 the planner, taking the filter for independent of the order, walked the price index
 * from the cheapest parcel and threw away the cheap ones (at 1M parcels 0.2–0.4 s a page), and
 * sorted every listed parcel by code for {@code sort=-status} (status descending, code ascending).
 */
@Tag("database")
class SortedSearchPlanTest {
  private static final int LIMIT = 10;
  private static final Pattern REMOVED = Pattern.compile("Rows Removed by Filter: (\\d+)");
  /** A node reading the parcels, and the rows it passed up (times its loops). */
  private static final Pattern SCAN = Pattern.compile("Scan[^\\n]* on parcels t [^\\n]*actual time=[0-9.]+\\.\\.[0-9.]+"
      + " rows=(\\d+) loops=(\\d+)");
  /** Searches narrowed by a value their sort order follows in the demo (or, -status, sorted in mixed directions). */
  private static final List<String> SEARCHES = List.of("land_use=B&sort=price", "land_use=B&sort=total_price",
      "land_use=W&sort=-price", "servicing=heating&sort=price", "servicing=gas&sort=price", "sort=-status",
      "land_use=M1&sort=-status");

  @Test
  void a_filter_the_sort_follows_reads_no_more_than_its_page() {
    try (Storage storage = DemoData.loaded()) {
      assumeTrue("postgis".equals(storage.dialect().name()));
      ExtraParcels.landReady(storage, 20);
      storage.read(c -> c.createStatement().execute("ANALYZE parcels"));
      List<String> failures = new ArrayList<>();
      for (String search : SEARCHES) {
        ParcelFilter filter = ParcelFilter.parse(InvestorBenchSql.query(search + "&limit=" + LIMIT));
        String plan = storage.read(c -> InvestorPlansExplain.explain(c, ParcelQuery.of(filter)));
        long removed = 0;
        for (Matcher m = REMOVED.matcher(plan); m.find(); ) {
          removed += Long.parseLong(m.group(1));
        }
        long read = 0;
        for (Matcher m = SCAN.matcher(plan); m.find(); ) {
          read += Long.parseLong(m.group(1)) * Long.parseLong(m.group(2));
        }
        // a page is LIMIT + 1 rows (the one past it says there are more); a filter the order does not
        // follow keeps a quarter of the rows or more, and a parallel plan reads a few more in each worker
        if (removed > 4 * (LIMIT + 1) || read > 4 * (LIMIT + 1)) {
          failures.add(search + ": " + read + " parcels read, " + removed + " rows removed by a filter\n" + plan);
        }
      }
      assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
  }
}
