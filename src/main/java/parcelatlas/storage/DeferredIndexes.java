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
 * insertions per row, about 3× less work for the database on the parcels table). A partial
 * B-tree index whose predicate matches at most one in {@value #KEEP_SHARE} of the first rows
 * (the first 1 MB, already in the table when {@link #dropAfterFirstRows} runs) stays and is
 * maintained as rows arrive: building it again would scan the whole table for the few rows it
 * holds, and its insertions cost less than that scan (the parcels' eight site-condition indexes
 * when few parcels have them: 0.2 s of the database's CPU less on 100k rows). Partial indexes
 * matching more, and GiST and GIN indexes whatever their predicate, are dropped.
 * Everything happens in the caller's transaction: a rollback, a killed process or a failed
 * rebuild leaves every index as it was. Indexes behind constraints (primary key, unique code) stay and are
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

  /** A partial B-tree stays when at most one in this many of the first rows match its predicate. */
  static final int KEEP_SHARE = 10;

  /** Whether {@code table} (a name from the layer catalog) holds no row. */
  static boolean isEmpty(Connection connection, String table) throws SQLException {
    return !hasRows(connection, table);
  }

  /**
   * Copies a write's first rows ({@code bytes[0, length)}, a whole COPY stream for {@code copySql})
   * into the empty {@code table} alone, with every index in place, then drops what
   * {@link #dropAfterFirstRows} chooses by them; returns what {@link #rebuild} needs.
   */
  static DeferredIndexes copyFirstRowsThenDrop(Connection connection, String table, String copySql, byte[] bytes,
      int length) throws SQLException {
    org.postgresql.copy.CopyIn first = connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI()
        .copyIn(copySql);
    try {
      first.writeToCopy(bytes, 0, length);
      first.endCopy();
    } finally {
      if (first.isActive()) {
        first.cancelCopy();
      }
    }
    return dropAfterFirstRows(connection, table);
  }

  /**
   * Drops the plain indexes of {@code table} (a name from the layer catalog; empty but for the
   * first rows of this write, found so by {@link #isEmpty} just before they were written) but the
   * partial B-trees that few of those rows enter; returns what {@link #rebuild} needs.
   */
  static DeferredIndexes dropAfterFirstRows(Connection connection, String table) throws SQLException {
    List<String> names = new ArrayList<>();
    List<String> definitions = new ArrayList<>();
    List<String> predicates = new ArrayList<>(); // of partial B-trees, null for the others
    try (PreparedStatement s = connection.prepareStatement("SELECT format('%I.%I', n.nspname, c.relname),"
        + " pg_get_indexdef(i.indexrelid), CASE WHEN a.amname = 'btree' THEN pg_get_expr(i.indpred, i.indrelid) END"
        + " FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
        + " JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_am a ON a.oid = c.relam"
        + " WHERE i.indrelid = ?::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)"
        + " ORDER BY c.relname")) {
      s.setString(1, table);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
          definitions.add(rs.getString(2));
          predicates.add(rs.getString(3));
        }
      }
    }
    boolean[] keep = fewMatch(connection, table, predicates);
    List<String> dropped = new ArrayList<>();
    try (Statement s = connection.createStatement()) {
      for (int i = 0; i < names.size(); i++) {
        if (!keep[i]) {
          s.execute("DROP INDEX " + names.get(i));
          dropped.add(definitions.get(i));
        }
      }
    }
    return new DeferredIndexes(connection, dropped);
  }

  /**
   * For each predicate (SQL the database printed from its catalog, or null), whether at most one
   * in {@link #KEEP_SHARE} of the table's rows match it: one scan of the first rows.
   */
  private static boolean[] fewMatch(Connection connection, String table, List<String> predicates) throws SQLException {
    boolean[] few = new boolean[predicates.size()];
    StringBuilder sql = new StringBuilder("SELECT COUNT(*)");
    for (String predicate : predicates) {
      sql.append(predicate == null ? ", 0" : ", COUNT(*) FILTER (WHERE " + predicate + ")");
    }
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql + " FROM " + table)) {
      rs.next();
      long rows = rs.getLong(1);
      for (int i = 0; i < few.length; i++) {
        few[i] = predicates.get(i) != null && rs.getLong(i + 2) * KEEP_SHARE <= rows;
      }
    }
    return few;
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
