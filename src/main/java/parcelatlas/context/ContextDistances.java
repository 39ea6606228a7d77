package parcelatlas.context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import parcelatlas.domain.ContextKind;
import parcelatlas.storage.Dialect;

/**
 * The table {@code context_distances} (migration V1_31): for every parcel and every
 * {@link ContextKind} that has a point within {@link ContextPointIndex#MAX_M}, the nearest point
 * and its metres on the ellipsoid, as a plot's facts measure them ({@link ContextPointIndex});
 * no row when there is none. The investor filter, site matching and a plot's facts read it.
 *
 * <p>Who keeps it current: the parcels importer computes the rows of the parcels it writes on its
 * converter threads ({@code importer/ImportDistances}); triggers drop a deleted parcel's rows and
 * note in {@code context_stale} the kinds whose points changed ('*' when parcels moved or were
 * written by a path that does not compute their rows, such as {@code demo --scale}); every writer
 * then calls {@link #refreshIfStale} before committing, which recomputes the noted kinds for
 * every parcel in Java, {@link #CHUNK} parcels at a time. Opening the database checks the note
 * (one small read) and refreshes only when something is noted.
 */
public final class ContextDistances {
  /** The note that every kind is stale. */
  public static final String ALL = "*";
  /** Parcels read and written per round of a refresh (memory stays bounded). */
  static final int CHUNK = 4096;

  private ContextDistances() {}

  /** Notes that {@code kind} ({@link #ALL}: every kind) must be recomputed; does nothing if noted already. */
  public static void markStale(Connection c, String kind) throws SQLException {
    String sql = isPostgres(c) ? "INSERT INTO context_stale (kind) VALUES (?) ON CONFLICT DO NOTHING"
        : "MERGE INTO context_stale (kind) KEY (kind) VALUES (?)";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, kind);
      s.executeUpdate();
    }
  }

  /** The kinds noted stale (may hold {@link #ALL}). */
  public static Set<String> staleKinds(Connection c) throws SQLException {
    Set<String> kinds = new TreeSet<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT kind FROM context_stale")) {
      while (rs.next()) {
        kinds.add(rs.getString(1));
      }
    }
    return kinds;
  }

  /** Forgets the note {@code kind}: the caller has made those rows current. */
  public static void clearStale(Connection c, String kind) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("DELETE FROM context_stale WHERE kind = ?")) {
      s.setString(1, kind);
      s.executeUpdate();
    }
  }

  /**
   * Recomputes, in the caller's transaction, the kinds noted stale for every parcel, and clears the
   * note; returns the number of parcels read (0 when nothing was noted: one small read).
   */
  public static long refreshIfStale(Connection c, Dialect dialect) throws SQLException {
    Set<String> noted = staleKinds(c);
    if (noted.isEmpty()) {
      return 0;
    }
    if (lockWriters(c)) {
      noted = staleKinds(c); // what another writer left, now that it has committed
      if (noted.isEmpty()) {
        return 0;
      }
    }
    Set<ContextKind> kinds = EnumSet.noneOf(ContextKind.class);
    for (ContextKind kind : ContextKind.values()) {
      if (noted.contains(ALL) || noted.contains(kind.code())) {
        kinds.add(kind);
      }
    }
    try (Statement s = c.createStatement()) {
      if (noted.contains(ALL)) {
        s.executeUpdate("DELETE FROM context_distances");
      } else {
        for (ContextKind kind : kinds) { // codes from the allow-list
          s.executeUpdate("DELETE FROM context_distances WHERE kind = '" + kind.code() + "'");
        }
      }
    }
    ContextPointIndex index = ContextPointIndex.load(c, kinds);
    long parcels = index.isEmpty() ? 0 : recompute(c, dialect, index);
    try (Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM context_stale");
    }
    return parcels;
  }

  /** Streams every parcel by id, {@link #CHUNK} at a time, measured on every core. */
  private static long recompute(Connection c, Dialect dialect, ContextPointIndex index) throws SQLException {
    long after = Long.MIN_VALUE;
    long n = 0;
    try (DistanceRows out = DistanceRows.into(c, dialect, "context_distances");
        PreparedStatement s = c.prepareStatement("SELECT id, code, ST_AsBinary(geom) FROM parcels WHERE id > ?"
            + " ORDER BY id LIMIT " + CHUNK)) {
      while (true) {
        List<String> codes = new ArrayList<>(CHUNK);
        List<byte[]> shapes = new ArrayList<>(CHUNK);
        s.setLong(1, after);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            after = rs.getLong(1);
            codes.add(rs.getString(2));
            shapes.add(rs.getBytes(3));
          }
        }
        if (codes.isEmpty()) {
          return n;
        }
        List<List<ContextPointIndex.Hit>> hits = java.util.stream.IntStream.range(0, codes.size()).parallel()
            .mapToObj(i -> index.nearest(geometry(shapes.get(i)))).toList();
        for (int i = 0; i < codes.size(); i++) {
          for (ContextPointIndex.Hit hit : hits.get(i)) {
            out.add(codes.get(i), hit);
          }
        }
        out.flush();
        n += codes.size();
      }
    }
  }

  private static Geometry geometry(byte[] wkb) {
    try {
      return new WKBReader().read(wkb);
    } catch (ParseException e) {
      throw new IllegalStateException("unreadable parcel geometry", e);
    }
  }

  /**
   * On PostGIS, waits until no other transaction writes {@code context_distances} or notes kinds
   * stale, and keeps them waiting until the caller's transaction ends (readers go on); returns true
   * when it locked. Every writer of the table takes it before it reads what it will write (a
   * refresh the note, an import the table's rows), so two app nodes refreshing or importing at once
   * take turns: the second sees the first's rows and note, and neither writes a parcel's row twice.
   * The lock is the one on {@code context_stale} that the triggers' notes also take, so the order is
   * always the same (no deadlock). The embedded database has one process: nothing to do.
   */
  public static boolean lockWriters(Connection c) throws SQLException {
    if (!isPostgres(c)) {
      return false;
    }
    try (Statement s = c.createStatement()) {
      s.execute("LOCK TABLE context_stale IN EXCLUSIVE MODE");
    }
    return true;
  }

  static boolean isPostgres(Connection c) throws SQLException {
    return c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
  }
}
