package parcelatlas.desk;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.User;
import parcelatlas.storage.Databases;
import parcelatlas.storage.Storage;

/**
 * Benchmark (not a test): times the weekly dispatch city-wide, for a township and for a park,
 * against the row-by-row code it replaced ({@link WeeklyDispatchOracle}), interleaved, on a database
 * holding the demo (loaded {@code SCALE} times first when SCALE &gt; 0, e.g. an H2 file URL; 0 for a
 * PostGIS restored from {@code src/test/bench/scale-city.sh}'s dump), after writing 8 audit rows per
 * key project (updates, imports, another entity) and ANALYZE. Prints both times, whether the answers
 * are equal and the load average. Usage: {@code DispatchBench JDBC_URL SCALE ROUNDS} on the test
 * classpath.
 */
public class DispatchBench {
  public static void main(String[] a) throws Exception {
    Storage st = Databases.open(a[0], null, null);
    int scale = Integer.parseInt(a[1]);
    if (scale > 0) parcelatlas.demo.ScaledDemo.load(st, scale, new java.io.PrintWriter(System.out));
    ZoneId sh = ZoneId.of("Asia/Shanghai");
    LocalDate asOf = LocalDate.of(2026, 11, 16);
    long t = System.nanoTime();
    st.inTransaction(c -> {
      List<String> codes = new ArrayList<>();
      try (ResultSet rs = c.createStatement().executeQuery("SELECT code FROM projects WHERE level IS NOT NULL")) { while (rs.next()) codes.add(rs.getString(1)); }
      try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_log (occurred_at, actor, action, entity, entity_key) VALUES (?, 'b', ?, ?, ?)")) {
        int n = 0;
        for (int i = 0; i < codes.size(); i++) for (int k = 0; k < 8; k++) {
          s.setObject(1, asOf.plusDays(5).atStartOfDay(sh).toOffsetDateTime().minusHours((i * 37L + k * 301L) % (200 * 24)));
          s.setString(2, k % 3 == 0 ? "import" : "update stage"); s.setString(3, k == 7 ? "parcel" : "project"); s.setString(4, codes.get(i));
          s.addBatch(); if (++n % 5000 == 0) s.executeBatch();
        }
        s.executeBatch();
        System.out.println("projects " + codes.size() + " audit rows " + n);
      }
      return null;
    });
    System.out.println("audit insert ms " + (System.nanoTime() - t) / 1_000_000);
    List<User> vs = new ArrayList<>();
    vs.add(new User(1, "city", "c", Role.OFFICIAL, null, null, false));
    st.read(c -> { try (ResultSet rs = c.createStatement().executeQuery("SELECT MIN(township) FROM demolition_zones")) { rs.next(); vs.add(new User(2, "town", "t", Role.OFFICIAL, rs.getString(1), null, false)); }
      try (ResultSet rs = c.createStatement().executeQuery("SELECT MIN(park_code) FROM projects")) { rs.next(); vs.add(new User(3, "park", "p", Role.OFFICIAL, null, rs.getString(1), false)); } return null; });
    Clock clock = Clock.system(sh);
    WeeklyDispatch now = new WeeklyDispatch(st, clock, DayOfWeek.MONDAY);
    WeeklyDispatchOracle before = new WeeklyDispatchOracle(st, clock, DayOfWeek.MONDAY);
    for (int r = 0; r < Integer.parseInt(a[2]); r++) for (User u : vs) {
      LocalDate day = asOf.minusDays(r);
      long t0 = System.nanoTime(); DispatchList x = before.missing(u, day, 0, 200);
      long t1 = System.nanoTime(); DispatchList y = now.missing(u, day, 0, 200);
      long t2 = System.nanoTime();
      System.out.printf("round %d %s: before %d ms, after %d ms, missing %d, same %b, load %s%n", r, u.username(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
          y.numberMissing(), x.equals(y), new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/loadavg"))).trim());
    }
    st.close();
  }
}
