package parcelatlas.limits;

import parcelatlas.storage.Dialect;

/**
 * The work-slot statements of one database. Taking a slot is one INSERT … SELECT that picks a
 * number of the client's that no row holds, starting from a random offset so that concurrent
 * requests of one client seldom pick the same number. When they do, the second inserts nothing
 * and tries again: on PostgreSQL through {@code ON CONFLICT DO NOTHING} (no error, so nothing in the
 * server's log and no aborted transaction), then {@link #held} tells a lost race (fewer rows than
 * the limit) from a client whose slots are all held; on H2 the primary key refuses it (a
 * duplicate-key exception the caller catches). On PostgreSQL both statements commit asynchronously
 * ({@code set_config('synchronous_commit', 'off', true)}, local to the statement's own autocommit
 * transaction: no other work's commit is affected) — see {@link WorkSlots} for why that is safe.
 *
 * <p>The numbers a client may hold are a {@code VALUES} list of one bound parameter each (the
 * limit's count of them), not a set-returning function of the last number: PostgreSQL knows a
 * {@code VALUES} list's row count when it plans the statement once for every value (a generic
 * plan), where a function of a parameter is guessed at 1,000 rows, which made the generic plan look
 * dearer and the take was planned again at every execution — about half of what taking and giving
 * back a slot cost the server. Public for the benchmark that replays a search's statements with
 * pgbench ({@code investor.sh}).
 */
public record SlotSql(String take, String release, String held) {
  /** The per-client limit at most: each number is a bound parameter of the take (PostgreSQL allows 65,535). */
  public static final int MOST_PER_CLIENT = 100;

  /**
   * Parameters of {@link #take}: client, token, expires_at, the numbers 0 … {@code perClient} − 1
   * (one parameter each), client, offset, count; of {@link #release}: client, token; of
   * {@link #held} (how many slots the client holds): client.
   */
  public static SlotSql of(Dialect dialect, int perClient) {
    if (perClient < 1 || perClient > MOST_PER_CLIENT) {
      throw new IllegalArgumentException("work.limit.per.client is " + perClient + ": it must be 1 to "
          + MOST_PER_CLIENT + " (a client's expensive requests in flight at once)");
    }
    boolean postgres = "postgis".equals(dialect.name());
    StringBuilder numbers = new StringBuilder("(VALUES ");
    for (int n = 0; n < perClient; n++) {
      numbers.append(n == 0 ? "" : ", ").append("(CAST(? AS INTEGER))");
    }
    numbers.append(") AS s(n)");
    String quickCommit = postgres
        ? " CROSS JOIN (SELECT set_config('synchronous_commit', 'off', true)) AS quick_commit(v)" : "";
    String take = "INSERT INTO work_slots (client_key, slot, token, expires_at)"
        + " SELECT ?, s.n, ?, ? FROM " + numbers + quickCommit
        + " WHERE NOT EXISTS (SELECT 1 FROM work_slots o WHERE o.client_key = ? AND o.slot = s.n)"
        + " ORDER BY MOD(s.n + ?, ?) FETCH FIRST 1 ROW ONLY"
        + (postgres ? " ON CONFLICT (client_key, slot) DO NOTHING" : "");
    String release = "DELETE FROM work_slots WHERE client_key = ? AND token = ?"
        + (postgres ? " AND set_config('synchronous_commit', 'off', true) IS NOT NULL" : "");
    return new SlotSql(take, release, "SELECT COUNT(*) FROM work_slots WHERE client_key = ?");
  }
}
