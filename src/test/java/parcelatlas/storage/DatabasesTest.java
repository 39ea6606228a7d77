package parcelatlas.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.testing.TestDatabases;

@Tag("database")
class DatabasesTest {

  @Test
  void a_fresh_database_is_migrated_with_every_layer_table() {
    try (Storage storage = TestDatabases.fresh()) {
      assertEquals(TestDatabases.kind(), storage.dialect().name());
      long tables = storage.read(c -> {
        try (Statement s = c.createStatement();
            ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM parks, parcels, projects, demolition_zones")) {
          rs.next();
          return rs.getLong(1);
        }
      });
      assertEquals(0, tables);
    }
  }

  @Test
  void a_transaction_that_throws_leaves_nothing_behind() {
    try (Storage storage = TestDatabases.fresh()) {
      assertThrows(IllegalStateException.class, () -> storage.inTransaction(c -> {
        try (Statement s = c.createStatement()) {
          s.executeUpdate("INSERT INTO users (username, password_hash, role) VALUES ('a', 'x', 'admin')");
        }
        throw new IllegalStateException("boom");
      }));
      long users = storage.read(c -> {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM users")) {
          rs.next();
          return rs.getLong(1);
        }
      });
      assertEquals(0, users);
    }
  }

  @Test
  void an_unknown_database_url_is_refused_with_what_is_supported() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Dialect.forUrl("jdbc:mysql://x/y"));
    assertEquals(true, e.getMessage().contains("jdbc:postgresql"));
  }
}
