package parcelatlas.web;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import parcelatlas.config.AtlasConfig;

/**
 * The address a request came from, for the per-client limits (work slots, sign-in attempts,
 * enquiries): the connection's peer, unless the peer is one of the {@code trusted.proxies} (the
 * load balancer in front of the nodes), in which case it is the right-most {@code X-Forwarded-For}
 * entry that is not itself a trusted proxy — the address the proxies saw. A header from anyone else
 * is ignored, so a visitor cannot dodge a limit by inventing addresses. Every header line counts, in
 * order: a proxy that adds its own line after the client's (HAProxy's {@code option forwardfor} does)
 * must not leave the client's invented line to be read as the address.
 */
final class ClientAddress {
  private static final String ATTRIBUTE = "parcelatlas.client-address";
  private static final int MAX_HEADER = 1_000;
  private final List<String> trustedProxies;

  ClientAddress(AtlasConfig config) {
    this.trustedProxies = trustedProxies(config);
  }

  /** The {@code trusted.proxies} setting: the addresses whose forwarding headers are believed. */
  static List<String> trustedProxies(AtlasConfig config) {
    return Arrays.stream(config.get("trusted.proxies").split(","))
        .map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /**
   * Before every request: makes the address known to {@link #of}, which works it out when asked (most
   * requests never ask: only limited work, sign-ins and enquiries are counted by address).
   */
  void resolve(Context ctx) {
    ctx.attribute(ATTRIBUTE, this);
  }

  /** The address of {@code request}'s client. */
  String address(HttpServletRequest request) {
    String peer = request.getRemoteAddr();
    return trustedProxies.contains(peer) ? address(peer, forwardedFor(request)) : peer;
  }

  /** Every {@code X-Forwarded-For} line of {@code request}, joined in order; null without one. */
  private static String forwardedFor(HttpServletRequest request) {
    Enumeration<String> lines = request.getHeaders("X-Forwarded-For");
    if (lines == null || !lines.hasMoreElements()) {
      return null;
    }
    StringBuilder joined = new StringBuilder(lines.nextElement());
    while (lines.hasMoreElements() && joined.length() <= MAX_HEADER) {
      joined.append(',').append(lines.nextElement());
    }
    return joined.toString();
  }

  String address(String peer, String forwardedFor) {
    if (!trustedProxies.contains(peer) || forwardedFor == null || forwardedFor.length() > MAX_HEADER) {
      return peer;
    }
    String[] hops = forwardedFor.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
        return hop;
      }
    }
    return peer;
  }

  /** The client's address, as the settings of the portal that answers this request resolve it. */
  static String of(Context ctx) {
    ClientAddress addresses = ctx.attribute(ATTRIBUTE);
    return addresses == null ? ctx.ip() : addresses.address(ctx.req());
  }
}
