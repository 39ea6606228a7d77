package parcelatlas.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.storage.Storage;
import parcelatlas.testing.TestDatabases;

/**
 * A planned query whose connection the database ends (a restart, an administrator) fails with the
 * database's own error, as an unplanned one does: PostgreSQL's "terminating connection" (57P01, which
 * the API answers 503), not the "connection is closed" of setting autocommit back on the dead
 * connection afterwards (08003, a 500: {@code PostgresRestartTest} saw it on the investor search and
 * OGC items).
 */
@Tag("database")
class PlansWithinTest {
  @Test
  void a_connection_ended_by_the_database_fails_with_the_databases_error() {
    try (Storage storage = TestDatabases.fresh()) {
      assumeTrue("postgis".equals(storage.dialect().name()));
      SQLException failure = storage.read(c -> {
        long pid = number(c, "SELECT pg_backend_pid()");
        return assertThrows(SQLException.class, () -> Plans.within(c, Plans.EACH_TIME, t -> {
          storage.read(other -> number(other, "SELECT CASE WHEN pg_terminate_backend(" + pid + ") THEN 1 ELSE 0 END"));
          return number(t, "SELECT 1");
        }));
      });
      assertEquals("57P01", failure.getSQLState(), failure.toString());
    }
  }

  private static long number(java.sql.Connection c, String sql) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }
}
