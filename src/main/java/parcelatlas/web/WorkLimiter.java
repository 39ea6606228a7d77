package parcelatlas.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import parcelatlas.accounts.Tokens;
import parcelatlas.limits.WorkSlots;

/**
 * Limits expensive work for visitors who are not signed in (exports, export counts, site matching,
 * parcel search, OGC items beyond a plain page: {@link OgcItems#costly}). Two limits, checked
 * before the handler runs and released
 * when it ends, however it ends: per node, at most {@code perNode} such requests at once (a
 * semaphore; a request over it waits up to {@link #QUEUE_WAIT} for a place, then gets 503), so they
 * can never hold every pool connection and staff keep the rest;
 * per client, at most {@link WorkSlots#perClient} in flight across all nodes (slots in the
 * database; over it 429). Both answer with {@code Retry-After}. If the slots cannot be reached the
 * request fails as the database does (503 on a timeout), never letting unlimited work through.
 * Staff skip the node's limit (visitors cannot crowd them out) but each signed-in user has
 * {@link WorkSlots#perClient} slots of their own, keyed by user name whatever their address: a
 * planner's 1M-parcel CSV export reads for 40 s, and nine at once held all eight pool connections,
 * so every visitor's request (parks list, tiles, a plain items page) got 503 after the pool's wait.
 */
final class WorkLimiter {
  /** How long a slot outlives a node that died holding it. */
  static final Duration SLOT_EXPIRY = Duration.ofMinutes(10);
  /**
   * How long a visitor's request waits for a place on this node before 503: these requests take
   * milliseconds to a few seconds, so a short queue serves a burst instead of refusing most of it.
   */
  static final Duration QUEUE_WAIT = Duration.ofSeconds(2);
  private static final Logger LOG = LoggerFactory.getLogger(WorkLimiter.class);
  private final WorkSlots slots;
  private final Semaphore node;
  private final int perNode;
  private final Duration queueWait;

  WorkLimiter(WorkSlots slots, int perNode) {
    this(slots, perNode, QUEUE_WAIT);
  }

  WorkLimiter(WorkSlots slots, int perNode, Duration queueWait) {
    if (perNode < 1) {
      throw new IllegalArgumentException("the per-node limit must be at least 1");
    }
    this.slots = slots;
    this.node = new Semaphore(perNode);
    this.perNode = perNode;
    this.queueWait = queueWait;
  }

  /** The client key stored for an address: a SHA-256, so the table holds no addresses. */
  static String clientKey(String address) {
    return Tokens.sha256("work-slot:" + address);
  }

  /** Gives the slot back; if the database cannot take it now, it expires on its own. */
  private void release(WorkSlots.Slot slot) {
    try {
      slots.release(slot);
    } catch (RuntimeException e) {
      LOG.warn("a work slot could not be released and will expire: {}", e.getMessage());
    }
  }

  /** {@code handler}, limited for visitors. */
  Handler limit(Handler handler) {
    return limitWhen(ctx -> true, handler);
  }

  /**
   * {@code handler}, limited for visitors when {@code expensive} says the request is. A request's body
   * is read (paced by {@link BodyPace}) before a slot is taken: five visitors' POSTs that sent their
   * headers and then nothing held every place on the node until the idle timeout, and every visitor's
   * search, match and export got 503 meanwhile.
   */
  Handler limitWhen(Predicate<Context> expensive, Handler handler) {
    return ctx -> {
      readBody(ctx);
      if (!expensive.test(ctx)) {
        handler.handle(ctx);
      } else if (AuthApi.viewer(ctx).isStaff()) {
        runForUser(AuthApi.viewer(ctx).user().username(), () -> {
          handler.handle(ctx);
          return null;
        });
      } else {
        run(ClientAddress.of(ctx), () -> {
          handler.handle(ctx);
          return null;
        });
      }
    };
  }

  /**
   * Reads the body (Javalin keeps it for the handler); a body the client broke off (Jetty's early EOF,
   * thrown unchecked through Javalin) is left to the handler's own read, which refuses it as before.
   */
  private static void readBody(Context ctx) throws Exception {
    if ("GET".equals(ctx.req().getMethod()) || "HEAD".equals(ctx.req().getMethod())) {
      return; // no body to wait for; OGC items and the investor search are the hot paths here
    }
    try {
      ctx.bodyAsBytes();
    } catch (Exception e) {
      if (!(e instanceof java.io.IOException)) {
        throw e;
      }
    }
  }

  /** Runs a signed-in user's work in one of their slots; throws {@link TooBusy} without running it when none is free. */
  <T> T runForUser(String username, Callable<T> work) throws Exception {
    return inSlot(userKey(username), work);
  }

  /** Runs {@code work} in one of the key's slots; throws {@link TooBusy} without running it when none is free. */
  private <T> T inSlot(String key, Callable<T> work) throws Exception {
    Optional<WorkSlots.Slot> slot = slots.acquire(key);
    if (slot.isEmpty()) {
      throw TooBusy.perClient(slots.perClient());
    }
    try {
      return work.call();
    } finally {
      release(slot.get());
    }
  }

  /** The client key stored for a signed-in user: never equal to an address's. */
  static String userKey(String username) {
    return Tokens.sha256("work-slot-user:" + username);
  }

  /** Runs a visitor's work under both limits; throws {@link TooBusy} without running it when over one. */
  <T> T run(String address, Callable<T> work) throws Exception {
    if (!node.tryAcquire(queueWait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
      throw TooBusy.perNode(perNode);
    }
    try {
      return inSlot(clientKey(address), work);
    } finally {
      node.release();
    }
  }
}
