package parcelatlas.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.testing.TestDatabases;

/**
 * Opening a database whose schema is current skips Flyway; anything else still goes through it.
 * The sign that Flyway did not run is one Flyway cannot miss: a changed checksum of an applied
 * migration, which Flyway's validation refuses ("Migration checksum mismatch") and the fast path
 * does not look at.
 */
@Tag("database")
class CurrentSchemaTest {

  @Test
  void a_current_schema_opens_without_flyway() throws SQLException {
    String url = migratedUrl();
    execute(url, "UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" + 1 WHERE \"version\" = '1.1'");
    try (Storage storage = Databases.open(url, null, null)) {
      assertEquals(0L, count(storage, "SELECT COUNT(*) FROM parcels"));
    }
  }

  @Test
  void an_outdated_schema_is_migrated_to_the_newest_version() throws SQLException {
    String url = TestDatabases.freshUrl();
    migrateUpTo(url, "1.1");
    try (Storage storage = Databases.open(url, null, null)) {
      assertEquals(0L, count(storage, "SELECT COUNT(*) FROM parcels"));
      assertEquals(classpathVersions(storage.dialect()), appliedVersions(storage));
    }
  }

  @Test
  void an_outdated_schema_starts_flyway_which_still_validates_what_was_applied() throws SQLException {
    String url = TestDatabases.freshUrl();
    migrateUpTo(url, "1.1");
    execute(url, "UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" + 1 WHERE \"version\" = '1.1'");
    StorageException e = assertThrows(StorageException.class, () -> Databases.open(url, null, null).close());
    assertTrue(e.getMessage().contains("Validate failed"), e.getMessage());
  }

  @Test
  void a_database_with_a_failed_migration_is_still_refused() throws SQLException {
    String url = migratedUrl();
    execute(url, "UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"installed_rank\" = "
        + "(SELECT MAX(\"installed_rank\") FROM \"flyway_schema_history\")");
    StorageException e = assertThrows(StorageException.class, () -> Databases.open(url, null, null).close());
    assertTrue(e.getMessage().contains("Validate failed"), e.getMessage());
  }

  @Test
  void versions_are_compared_as_flyway_reads_them() {
    assertEquals(Optional.of("1.14"), CurrentSchema.canonical("1_14"));
    assertEquals(Optional.of("1.10"), CurrentSchema.canonical("1.10.0"));
    assertEquals(Optional.of("0"), CurrentSchema.canonical("0"));
    assertEquals(Optional.empty(), CurrentSchema.canonical("1.a"));
    assertEquals(Optional.empty(), CurrentSchema.canonical("1..2"));
  }

  @Test
  void a_location_holding_anything_but_versioned_sql_migrations_is_a_doubt() {
    assertEquals(Optional.empty(), CurrentSchema.classpathVersions(List.of("parcelatlas/storage")));
    assertTrue(CurrentSchema.classpathVersions(List.of("db/migration/common")).orElseThrow().contains("1.1"));
  }

  private static String migratedUrl() {
    String url = TestDatabases.freshUrl();
    Databases.open(url, null, null).close();
    return url;
  }

  private static void migrateUpTo(String url, String target) {
    String dialect = Dialect.forUrl(url).name();
    Flyway.configure().dataSource(url, null, null).baselineOnMigrate(true).baselineVersion("0")
        .locations("classpath:db/migration/common", "classpath:db/migration/" + dialect)
        .target(target).load().migrate();
  }

  private static void execute(String url, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      assertEquals(1, s.executeUpdate(sql));
    }
  }

  private static long count(Storage storage, String sql) {
    return storage.read(c -> {
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  private static Set<String> classpathVersions(Dialect dialect) {
    return CurrentSchema.classpathVersions(Databases.migrationLocations(dialect)).orElseThrow();
  }

  private static Set<String> appliedVersions(Storage storage) {
    return storage.read(c -> {
      Set<String> versions = new HashSet<>();
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
          "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"type\" = 'SQL'")) {
        while (rs.next()) {
          versions.add(CurrentSchema.canonical(rs.getString(1)).orElseThrow());
        }
      }
      return versions;
    });
  }
}
