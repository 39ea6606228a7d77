package parcelatlas.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.Explain;
import parcelatlas.testing.TestDatabases;

/**
 * After V1_46 {@code audit_log} has one index on its entity, {@code (entity, entity_key,
 * occurred_at)} (V1_45); the older {@code (entity, entity_key)} one, its prefix, is gone. The
 * queries that read the log by entity (a lead's history, the weekly dispatch's latest update per
 * project) are answered from the remaining index on both databases.
 */
@Tag("database")
class AuditLogIndexTest {
  private static Storage storage;

  @BeforeAll
  static void load() {
    storage = DemoData.loaded();
  }

  @AfterAll
  static void close() {
    storage.close();
  }

  /** Index name → its columns in order, lower case. */
  private static Map<String, List<String>> indexes(Connection c) throws SQLException {
    DatabaseMetaData meta = c.getMetaData();
    String table = meta.storesUpperCaseIdentifiers() ? "AUDIT_LOG" : "audit_log";
    Map<String, List<String>> columns = new TreeMap<>();
    try (ResultSet rs = meta.getIndexInfo(null, null, table, false, false)) {
      while (rs.next()) {
        if (rs.getString("INDEX_NAME") != null && rs.getString("COLUMN_NAME") != null) {
          columns.computeIfAbsent(rs.getString("INDEX_NAME").toLowerCase(Locale.ROOT), k -> new ArrayList<>())
              .add(rs.getShort("ORDINAL_POSITION") - 1, rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
        }
      }
    }
    return columns;
  }

  @Test
  void only_the_entity_key_time_index_is_left_on_the_entity() {
    Map<String, List<String>> indexes = storage.read(AuditLogIndexTest::indexes);
    assertEquals(List.of("entity", "entity_key", "occurred_at"), indexes.get("audit_log_entity_time_idx"), indexes.toString());
    assertFalse(indexes.containsValue(List.of("entity", "entity_key")), "the redundant prefix index is dropped: " + indexes);
  }

  private static String plan(String sql, Object... params) {
    boolean postgis = TestDatabases.kind().equals("postgis");
    return storage.inRolledBackTransaction(c -> {
      if (postgis) {
        // small tables: a sequential scan made dear, to see which index the query can use at all
        c.createStatement().execute("SET LOCAL enable_seqscan = off");
      }
      return Explain.plan(c, sql, java.util.Arrays.asList(params)).toLowerCase(Locale.ROOT);
    });
  }

  @Test
  void a_leads_history_and_the_dispatch_lookup_use_the_remaining_index() {
    String lead = plan("SELECT occurred_at, actor, action, old_value, new_value FROM audit_log"
        + " WHERE entity = 'lead' AND entity_key = ? ORDER BY id DESC LIMIT 200", "12");
    assertTrue(lead.contains("audit_log_entity_time_idx"), lead);
    String dispatch = plan("SELECT MAX(a.occurred_at) FROM audit_log a WHERE a.entity = 'project' AND a.entity_key = ?"
        + " AND a.action LIKE 'update %' AND a.occurred_at < ?", "KP-001", java.sql.Timestamp.valueOf("2026-11-20 00:00:00"));
    assertTrue(dispatch.contains("audit_log_entity_time_idx"), dispatch);
  }
}
