package parcelatlas.web;

import java.lang.management.ManagementFactory;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Locale;
import parcelatlas.features.FeatureConditions;
import parcelatlas.features.FeatureReader;
import parcelatlas.investor.InvestorBenchSql;
import parcelatlas.investor.ParcelFilter;
import parcelatlas.investor.PublicParcels;
import parcelatlas.storage.Databases;
import parcelatlas.storage.Storage;

/**
 * For the benchmarks (not a test): the JVM's share of an investor search page without HTTP or the
 * work slot, one thread, on a filled PostGIS. Each round reads PAGES pages in each of two ways, in
 * turn: {@code page}, as the portal does ({@link PublicParcels#searchJson} and {@link InvestorPageJson#write}:
 * the pool's borrow, the statement, pgjdbc's decoding, the rows written as JSON), and {@code rows},
 * the same statement on the same pool in the same transfer mode with every column of every row
 * only fetched as the driver holds it ({@code getBytes}): what the driver and the round trip cost.
 * Prints per round the thread's CPU microseconds and the bytes it allocated a page of each
 * ({@code ThreadMXBean}) and the times it waited (for the database's rows, mostly: its voluntary context
 * switches); the difference is what writing the JSON costs. Same answer checked
 * first: the body's length.
 *
 * <p>Usage (repository root, after {@code mvn test-compile}): {@code java -cp
 * target/test-classes:target/classes:$(cat target/classpath.txt) parcelatlas.web.InvestorPageBench
 * JDBC_URL [ROUNDS=8] [PAGES=2000] [QUERY=land_use=M1,M2&min_mu=20&sort=-area_mu&limit=100]}
 */
public final class InvestorPageBench {
  private InvestorPageBench() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    int pages = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
    String query = args.length > 3 ? args[3] : "land_use=M1,M2&min_mu=20&sort=-area_mu&limit=100";
    ParcelFilter filter = ParcelFilter.parse(InvestorBenchSql.query(query));
    FeatureConditions.Clause sql = InvestorBenchSql.page(filter);
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    try (Storage storage = Databases.open(args[0], null, null)) {
      PublicParcels parcels = new PublicParcels(storage, new FeatureReader(storage, java.time.Clock.systemUTC()));
      System.out.printf(Locale.ROOT, "a page: %d bytes, %d rows fetched%n", page(parcels, filter), rows(storage, sql));
      for (int r = 1; r <= rounds; r++) {
        StringBuilder line = new StringBuilder("round " + r + ":");
        for (String way : r % 2 == 0 ? new String[] {"rows", "page"} : new String[] {"page", "rows"}) {
          long cpu0 = threads.getCurrentThreadCpuTime();
          long bytes0 = threads.getThreadAllocatedBytes(thread);
          long waits0 = waits();
          for (int i = 0; i < pages; i++) {
            if (way.equals("page")) {
              page(parcels, filter);
            } else {
              rows(storage, sql);
            }
          }
          long cpu = threads.getCurrentThreadCpuTime() - cpu0;
          long bytes = threads.getThreadAllocatedBytes(thread) - bytes0;
          double waits = (waits() - waits0) / (double) pages;
          line.append(String.format(Locale.ROOT, " %s %.1f µs %d B %.1f waits;", way, cpu / 1000.0 / pages, bytes / pages,
              waits));
        }
        System.out.println(line);
      }
    }
  }

  /** The times this thread has waited (Linux: its voluntary context switches), -1 elsewhere. */
  private static long waits() throws java.io.IOException {
    java.nio.file.Path status = java.nio.file.Path.of("/proc/thread-self/status");
    if (!java.nio.file.Files.exists(status)) {
      return -1;
    }
    for (String line : java.nio.file.Files.readAllLines(status)) {
      if (line.startsWith("voluntary_ctxt_switches:")) {
        return Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
      }
    }
    return -1;
  }

  /** One page as the portal writes it; its body's length. */
  private static int page(PublicParcels parcels, ParcelFilter filter) throws java.io.IOException {
    PublicParcels.SearchJson page = parcels.searchJson(filter, false, FeatureJson.geometry(OgcCrs.CRS84),
        InvestorPageJson::generator);
    return InvestorPageJson.write(page).length();
  }

  /** The page's statement, every column of every row fetched as the driver holds it; the rows. */
  private static int rows(Storage storage, FeatureConditions.Clause sql) {
    return storage.read(c -> {
      try (PreparedStatement s = c.prepareStatement(sql.sql())) {
        s.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(-1); // as the page: binary transfer
        int i = 1;
        for (Object param : sql.params()) {
          s.setObject(i++, param);
        }
        int n = 0;
        try (ResultSet rs = s.executeQuery()) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int col = 1; col <= columns; col++) {
              rs.getBytes(col);
            }
            n++;
          }
        }
        return n;
      }
    });
  }
}
