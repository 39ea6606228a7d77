package parcelatlas.bulletin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.storage.Storage;
import parcelatlas.testing.TestDatabases;

/**
 * Archived bulletins are sealed in the database itself (migration V1_27): UPDATE and DELETE through
 * a plain JDBC connection (no application code in between) fail, on H2GIS and on PostGIS, and the
 * row keeps its bytes and hash. Without the trigger both statements succeed and the test fails.
 */
@Tag("database")
class SealedBulletinsTest {
  private static final byte[] PDF = {'%', 'P', 'D', 'F', '-', '1', '.', '7'};
  private static String url;
  private static Storage storage;

  @BeforeAll
  static void start() throws SQLException {
    url = TestDatabases.freshUrl();
    storage = parcelatlas.storage.Databases.open(url, null, null);
    storage.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement("INSERT INTO bulletins (month_start, as_of, issued_by, issued_at,"
          + " sha256, byte_count, pdf) VALUES (DATE '2026-10-01', DATE '2026-11-01', 'city', ?, ?, ?, ?)")) {
        s.setObject(1, OffsetDateTime.parse("2026-11-02T09:00:00+08:00"));
        s.setString(2, "a".repeat(64));
        s.setInt(3, PDF.length);
        s.setBytes(4, PDF);
        s.executeUpdate();
      }
      return null;
    });
  }

  @AfterAll
  static void stop() {
    storage.close();
  }

  private static Connection plain() throws SQLException {
    return DriverManager.getConnection(url);
  }

  @Test
  void an_update_through_plain_sql_fails_and_changes_nothing() throws SQLException {
    try (Connection c = plain(); Statement s = c.createStatement()) {
      assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE bulletins SET sha256 = '" + "b".repeat(64)
          + "', pdf = pdf WHERE month_start = DATE '2026-10-01'"));
    }
    assertUnchanged();
  }

  @Test
  void a_delete_through_plain_sql_fails_and_changes_nothing() throws SQLException {
    try (Connection c = plain(); Statement s = c.createStatement()) {
      assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM bulletins"));
    }
    assertUnchanged();
  }

  @Test
  void a_new_bulletin_may_still_be_issued() throws SQLException {
    try (Connection c = plain(); Statement s = c.createStatement()) {
      assertEquals(1, s.executeUpdate("INSERT INTO bulletins (month_start, as_of, issued_by, issued_at, sha256, byte_count,"
          + " pdf) SELECT DATE '2026-09-01', as_of, issued_by, issued_at, sha256, byte_count, pdf FROM bulletins"
          + " WHERE month_start = DATE '2026-10-01'"));
    }
  }

  private static void assertUnchanged() throws SQLException {
    try (Connection c = plain(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT sha256, pdf FROM bulletins WHERE month_start = DATE '2026-10-01'")) {
      rs.next();
      assertEquals("a".repeat(64), rs.getString(1));
      assertArrayEquals(PDF, rs.getBytes(2));
    }
  }
}
