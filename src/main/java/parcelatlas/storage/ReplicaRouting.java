package parcelatlas.storage;

import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The primary database plus a streaming read replica. Writes ({@link #inTransaction},
 * {@link #autocommit}) always run on the primary, and so do reads, except on a thread that the web
 * layer has marked with {@link #replicaReadsAllowed(boolean)} for the request in hand: an anonymous
 * visitor's GET. A staff member's reads never leave the primary, so they always see their own
 * writes; anonymous visitors may see data a moment old (the replica's lag).
 *
 * <p>When the replica gives no connection (it is down or its pool is exhausted) the read runs on the
 * primary instead: the work had not started, so running it there is safe; for the next
 * {@link #RETRY_AFTER} every read goes to the primary without waiting on the replica (each node keeps
 * its own view of the replica's health: nothing another node needs). Failures while the work runs are
 * the caller's, as on the primary.
 */
public final class ReplicaRouting implements Storage {
  private static final Logger LOG = LoggerFactory.getLogger(ReplicaRouting.class);
  private static final ThreadLocal<Boolean> REPLICA_OK = ThreadLocal.withInitial(() -> Boolean.FALSE);
  private static final Duration WARN_EVERY = Duration.ofMinutes(1);
  static final Duration RETRY_AFTER = Duration.ofSeconds(10);
  private final Storage primary;
  private final Storage replica;
  private final AtomicReference<Instant> lastWarning;
  private final AtomicReference<Instant> replicaDownUntil;

  public ReplicaRouting(Storage primary, Storage replica) {
    this(primary, replica, new AtomicReference<>(Instant.EPOCH), new AtomicReference<>(Instant.EPOCH));
  }

  private ReplicaRouting(Storage primary, Storage replica, AtomicReference<Instant> lastWarning,
      AtomicReference<Instant> replicaDownUntil) {
    this.primary = primary;
    this.replica = replica;
    this.lastWarning = lastWarning;
    this.replicaDownUntil = replicaDownUntil;
  }

  /**
   * Whether reads on this thread may go to the replica, until the next call; the web layer sets it
   * at the start of every request (false first, so a pooled thread never carries the last request's
   * choice).
   */
  public static void replicaReadsAllowed(boolean allowed) {
    REPLICA_OK.set(allowed);
  }

  @Override
  public Dialect dialect() {
    return primary.dialect();
  }

  @Override
  public <T> T read(SqlWork<T> work) {
    if (!REPLICA_OK.get() || Instant.now().isBefore(replicaDownUntil.get())) {
      return primary.read(work);
    }
    try {
      return replica.read(work);
    } catch (StorageException e) {
      if (!(e.getCause() instanceof SQLTransientConnectionException)) {
        throw e;
      }
      replicaDownUntil.set(Instant.now().plus(RETRY_AFTER));
      warn(e);
      return primary.read(work);
    }
  }

  @Override
  public <T> T autocommit(SqlWork<T> work) {
    return primary.autocommit(work);
  }

  @Override
  public <T> T inTransaction(SqlWork<T> work) {
    return primary.inTransaction(work);
  }

  @Override
  public <T> T inRolledBackTransaction(SqlWork<T> work) {
    return primary.inRolledBackTransaction(work);
  }

  @Override
  public Storage withStatementTimeout(Duration statementTimeout) {
    return new ReplicaRouting(primary.withStatementTimeout(statementTimeout),
        replica.withStatementTimeout(statementTimeout), lastWarning, replicaDownUntil);
  }

  @Override
  public void recycleConnections() {
    primary.recycleConnections();
    replica.recycleConnections();
  }

  /** Once a minute at most: a replica that stays down would otherwise flood the log. */
  private void warn(StorageException e) {
    Instant now = Instant.now();
    Instant last = lastWarning.get();
    if (now.isAfter(last.plus(WARN_EVERY)) && lastWarning.compareAndSet(last, now)) {
      LOG.warn("read replica unavailable, reading from the primary: {}", e.getMessage());
    }
  }

  @Override
  public void close() {
    try {
      replica.close();
    } finally {
      primary.close();
    }
  }
}
