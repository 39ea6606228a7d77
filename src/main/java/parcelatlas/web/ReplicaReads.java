package parcelatlas.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import parcelatlas.storage.ReplicaRouting;

/**
 * Which database a request reads from when a read replica is configured: an anonymous visitor's
 * GET or HEAD may read from the replica; everything else (a signed-in viewer, any write) reads
 * from the primary, so staff always see their own writes. Without a replica this changes nothing.
 */
final class ReplicaReads {
  private ReplicaReads() {}

  /**
   * Reads from the primary: first and last thing on every request ({@link JettyStack}'s filter), so a
   * pooled thread never carries the last request's choice.
   */
  static void primary() {
    ReplicaRouting.replicaReadsAllowed(false);
  }

  /** Once the viewer is known. */
  static void choose(Context ctx) {
    boolean safe = ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD;
    ReplicaRouting.replicaReadsAllowed(safe && !AuthApi.viewer(ctx).isStaff());
  }
}
