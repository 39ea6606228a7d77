package parcelatlas.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The embedded store's import locks, called by H2 as the functions {@code ATLAS_TRY_IMPORT_LOCK}
 * and {@code ATLAS_IMPORT_UNLOCK} (h2gis migration V1_56: their names and this class's are a
 * contract with existing database files). H2 runs them in the process that holds the database file,
 * so a command-line import that reaches the portal's database through {@code AUTO_SERVER} meets the
 * portal's locks. A lock is held by an H2 session; once that session has closed (its process died)
 * the lock counts as free, so a lost unlock cannot refuse imports for ever.
 */
public final class H2ImportLocks {
  /** Holder session ids by database file and table. */
  private static final Map<String, Integer> HOLDERS = new HashMap<>();

  private H2ImportLocks() {}

  /** Takes {@code table}'s lock for {@code session}'s session: false when another live session has it. */
  public static boolean tryLock(Connection session, String table) throws SQLException {
    String key = key(session, table);
    int me = sessionId(session);
    synchronized (HOLDERS) {
      Integer holder = HOLDERS.get(key);
      if (holder != null && holder != me && isOpen(session, holder)) {
        return false;
      }
      HOLDERS.put(key, me);
      return true;
    }
  }

  /** Gives {@code table}'s lock back: true when this session held it. */
  public static boolean unlock(Connection session, String table) throws SQLException {
    String key = key(session, table);
    int me = sessionId(session);
    synchronized (HOLDERS) {
      return HOLDERS.remove(key, me);
    }
  }

  private static String key(Connection session, String table) throws SQLException {
    return H2gisDialect.databaseKey(session) + "\n" + table;
  }

  private static int sessionId(Connection session) throws SQLException {
    try (Statement s = session.createStatement(); ResultSet r = s.executeQuery("SELECT SESSION_ID()")) {
      r.next();
      return r.getInt(1);
    }
  }

  private static boolean isOpen(Connection session, int id) throws SQLException {
    try (PreparedStatement s = session.prepareStatement(
        "SELECT 1 FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID = ?")) {
      s.setInt(1, id);
      try (ResultSet r = s.executeQuery()) {
        return r.next();
      }
    }
  }
}
