package parcelatlas.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL: a large COPY into an empty table runs with the table's plain indexes dropped and
 * builds them once at the end (one sort per index instead of a GiST, GIN and twenty B-tree
 * insertions per row, about 3× less work for the database on the parcels table). Partial B-tree
 * indexes stay and are maintained as rows arrive: each takes only the rows its predicate matches
 * (a quarter of the parcels, often none), where building it again would scan the whole table
 * once more; on the 100k benchmark that halves the builds after the COPY (16 of the parcels'
 * 21 plain indexes are partial B-trees), and the COPY has the database's time to spare, since
 * the client's converting bounds it. GiST and GIN indexes are dropped whatever their predicate:
 * inserting into them row by row costs several times their sorted build. Everything
 * happens in the caller's transaction: a rollback, a killed process or a failed rebuild leaves
 * every index as it was. Indexes behind constraints (primary key, unique code) stay and are
 * maintained as usual, unless an import that checks uniqueness itself drops its unique constraints
 * too ({@link #dropUniqueConstraintsIfEmpty}). The price: from the drop to the commit, other
 * sessions' reads of that (empty) table wait for the import's lock.
 */
final class DeferredIndexes {
  private final Connection connection;
  private final List<String> definitions;

  private DeferredIndexes(Connection connection, List<String> definitions) {
    this.connection = connection;
    this.definitions = definitions;
  }

  /**
   * Drops the plain indexes of {@code table} (a name from the layer catalog) but its partial
   * B-trees, if it holds no row;
   * returns what {@link #rebuild} needs, or null when the table has rows and nothing was dropped.
   */
  static DeferredIndexes dropIfEmpty(Connection connection, String table) throws SQLException {
    if (hasRows(connection, table)) {
      return null;
    }
    List<String> names = new ArrayList<>();
    List<String> definitions = new ArrayList<>();
    try (PreparedStatement s = connection.prepareStatement("SELECT format('%I.%I', n.nspname, c.relname),"
        + " pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
        + " JOIN pg_namespace n ON n.oid = c.relnamespace"
        + " JOIN pg_am a ON a.oid = c.relam"
        + " WHERE i.indrelid = ?::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)"
        + " AND NOT (i.indpred IS NOT NULL AND a.amname = 'btree')"
        + " ORDER BY c.relname")) {
      s.setString(1, table);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
          definitions.add(rs.getString(2));
        }
      }
    }
    try (Statement s = connection.createStatement()) {
      for (String name : names) {
        s.execute("DROP INDEX " + name);
      }
    }
    return new DeferredIndexes(connection, definitions);
  }

  /**
   * Locks {@code table} (a name from the layer catalog) against other writers and, if it holds no
   * row, drops its unique constraints (none is the target of a foreign key); returns what
   * {@link #rebuild} needs to add them again (which fails with SQLState 23505 if rows written
   * since repeat a key), or null when the table has rows and nothing was dropped.
   */
  static DeferredIndexes dropUniqueConstraintsIfEmpty(Connection connection, String table) throws SQLException {
    if (hasRows(connection, table)) {
      return null; // most often: no lock taken, other sessions go on writing the layer
    }
    try (Statement s = connection.createStatement()) {
      s.execute("LOCK TABLE " + table + " IN SHARE ROW EXCLUSIVE MODE");
    }
    if (hasRows(connection, table)) {
      return null; // filled meanwhile
    }
    List<String> drops = new ArrayList<>();
    List<String> adds = new ArrayList<>();
    try (PreparedStatement s = connection.prepareStatement("SELECT format('%I', conname),"
        + " pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = ?::regclass AND contype = 'u'"
        + " ORDER BY conname")) {
      s.setString(1, table);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          drops.add("ALTER TABLE " + table + " DROP CONSTRAINT " + rs.getString(1));
          adds.add("ALTER TABLE " + table + " ADD CONSTRAINT " + rs.getString(1) + " " + rs.getString(2));
        }
      }
    }
    try (Statement s = connection.createStatement()) {
      for (String drop : drops) {
        s.execute(drop);
      }
    }
    return new DeferredIndexes(connection, adds);
  }

  private static boolean hasRows(Connection connection, String table) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM " + table + ")")) {
      rs.next();
      return rs.getBoolean(1);
    }
  }

  /** Builds the dropped indexes (or constraints) again, as they were defined. */
  void rebuild() throws SQLException {
    try (Statement s = connection.createStatement()) {
      for (String definition : definitions) {
        s.execute(definition);
      }
    }
  }
}
