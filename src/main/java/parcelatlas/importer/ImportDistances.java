package parcelatlas.importer;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import parcelatlas.catalog.Layer;
import parcelatlas.context.ContextDistances;
import parcelatlas.context.ContextPointIndex;
import parcelatlas.context.DistanceRows;
import parcelatlas.domain.ContextKind;
import parcelatlas.storage.Dialect;

/**
 * An import's part in keeping {@code context_distances} current ({@link ContextDistances}). For
 * parcels, when context points exist: the points are read once ({@link ContextPointIndex}), each
 * converter thread measures the parcels it converted ({@link #measure}), the writing thread
 * queues the rows of the parcels it loads ({@link #taken}) in a temporary file (the parcels' COPY
 * holds the connection meanwhile; memory holds only the records in flight), and {@link #finish},
 * after the parcels are written, sends them in the same transaction: straight into an empty table,
 * else through a temporary table that replaces the rows of every parcel in the file. Without any
 * point nothing is measured or written. Then, for parcels and context points alike, the kinds the
 * triggers noted stale are recomputed ({@link ContextDistances#refreshIfStale}); the note the
 * import's own moved parcels left is cleared first, as their rows were just measured.
 */
final class ImportDistances implements AutoCloseable {
  private static final String STAGING = "import_distances";
  private final Layer layer;
  private final ContextPointIndex index;
  private final boolean allStaleBefore;
  private final Map<Long, List<ContextPointIndex.Hit>> inFlight = new ConcurrentHashMap<>();
  private Path spill;
  private DataOutputStream out;
  private long parcels;

  private ImportDistances(Layer layer, ContextPointIndex index, boolean allStaleBefore) {
    this.layer = layer;
    this.index = index;
    this.allStaleBefore = allStaleBefore;
  }

  /** Called before any row is written, in the import's transaction. */
  static ImportDistances start(Connection c, Layer layer) throws SQLException {
    if (layer != Layer.PARCELS) {
      return new ImportDistances(layer, null, false);
    }
    if (isPostgres(c)) { // the points measured stay the points committed with the parcels
      try (Statement s = c.createStatement()) {
        s.execute("LOCK TABLE context_points IN SHARE MODE");
      }
    }
    ContextPointIndex index = ContextPointIndex.load(c, null);
    boolean allStale = ContextDistances.staleKinds(c).contains(ContextDistances.ALL);
    return new ImportDistances(layer, index.isEmpty() ? null : index, allStale);
  }

  /** On a converter thread: measures a converted parcel's nearest points. Returns the outcome. */
  RecordConverter.Outcome measure(RecordConverter.Outcome outcome) {
    if (index != null && outcome.row() != null) {
      inFlight.put(outcome.number(), index.nearest(outcome.row().geometry()));
    }
    return outcome;
  }

  /** On the writing thread, for every outcome in file order: queues its rows when its parcel is loaded. */
  void taken(RecordConverter.Outcome outcome, boolean loaded) {
    List<ContextPointIndex.Hit> hits = index == null ? null : inFlight.remove(outcome.number());
    if (hits == null || !loaded) {
      return;
    }
    try {
      if (out == null) {
        spill = Files.createTempFile("atlas-distances-", ".bin");
        out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(spill), 1 << 16));
      }
      out.writeUTF(outcome.row().code());
      out.writeByte(hits.size());
      for (ContextPointIndex.Hit hit : hits) {
        out.writeByte(hit.kind().ordinal());
        out.writeLong(hit.pointId());
        out.writeDouble(hit.metres());
      }
      parcels++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot queue the parcels' context distances", e);
    }
  }

  /** After the rows are written: their distances, then whatever the triggers noted stale. */
  void finish(Connection c, Dialect dialect) throws SQLException {
    if (layer != Layer.PARCELS && layer != Layer.CONTEXT_POINTS) {
      return;
    }
    if (parcels > 0) {
      write(c, dialect);
    }
    if (layer == Layer.PARCELS && !allStaleBefore) {
      ContextDistances.clearStale(c, ContextDistances.ALL);
    }
    ContextDistances.refreshIfStale(c, dialect);
  }

  private void write(Connection c, Dialect dialect) throws SQLException {
    ContextDistances.lockWriters(c); // another node's refresh or import commits first; we then see its rows
    boolean empty;
    try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM context_distances")) {
      s.setMaxRows(1);
      try (ResultSet rs = s.executeQuery()) {
        empty = !rs.next();
      }
    }
    try (Statement s = c.createStatement()) {
      if (!empty) {
        s.execute(dialect.temporaryTableSql(STAGING, "SELECT parcel_code, CAST(NULL AS VARCHAR(24)) AS kind,"
            + " CAST(NULL AS BIGINT) AS point_id, CAST(NULL AS DOUBLE PRECISION) AS metres FROM context_distances"));
      }
      try (DistanceRows rows = DistanceRows.into(c, dialect, empty ? "context_distances" : STAGING)) {
        replay(rows, !empty);
        rows.flush();
      }
      if (!empty) {
        // MERGE, not DELETE … WHERE parcel_code IN (SELECT …): H2 re-ran that subquery for every row
        // it deleted (a re-import of the demo's 1,764 parcels took 470 s on H2, 6 s on PostGIS).
        s.executeUpdate("MERGE INTO context_distances d USING (SELECT DISTINCT parcel_code FROM " + STAGING + ") s"
            + " ON d.parcel_code = s.parcel_code WHEN MATCHED THEN DELETE");
        s.executeUpdate("INSERT INTO context_distances (parcel_code, kind, point_id, metres)"
            + " SELECT parcel_code, kind, point_id, metres FROM " + STAGING + " WHERE kind IS NOT NULL");
      }
    }
  }

  private void replay(DistanceRows rows, boolean marks) throws SQLException {
    ContextKind[] kinds = ContextKind.values();
    try {
      out.close();
      try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(spill), 1 << 16))) {
        for (long i = 0; i < parcels; i++) {
          String code = in.readUTF();
          int n = in.readByte();
          if (marks) {
            rows.addMark(code);
          }
          for (int k = 0; k < n; k++) {
            rows.add(code, new ContextPointIndex.Hit(kinds[in.readByte()], in.readLong(), null, in.readDouble()));
          }
        }
      }
    } catch (EOFException e) {
      throw new IllegalStateException("the queued context distances end early", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the queued context distances", e);
    }
  }

  private static boolean isPostgres(Connection c) throws SQLException {
    return c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
  }

  @Override
  public void close() {
    try {
      if (out != null) {
        out.close();
      }
      if (spill != null) {
        Files.deleteIfExists(spill);
      }
    } catch (IOException e) {
      // a temporary file left behind is harmless
    }
  }
}
