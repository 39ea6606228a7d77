package parcelatlas.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import parcelatlas.domain.ErrorCode;

/**
 * The request bodies this node is reading, counted by client address ({@link ClientAddress}): a client
 * may have at most {@link #PER_CLIENT} on their way at once; one more is refused 429 {@code
 * ClientSending} before a byte of it is read. A body's server thread waits in its reads, so without
 * this one address reconnecting every few seconds could keep the whole pool waiting on bodies that
 * never come ({@link BodyPace} cuts each after its grace, but not how many there are). Counted on this
 * node only, as the threads it protects are: kept in memory, an entry gone when its count is zero.
 */
final class BodyReaders {
  /** Bodies one address may be sending to one node at once: a person's page sends one or two. */
  static final int PER_CLIENT = 8;
  private final ConcurrentMap<String, Integer> reading = new ConcurrentHashMap<>();
  private final ClientAddress addresses;

  BodyReaders(ClientAddress addresses) {
    this.addresses = addresses;
  }

  /** The address of a request's client, as the per-client limits see it. */
  String addressOf(jakarta.servlet.http.HttpServletRequest request) {
    return addresses.address(request);
  }

  /** Counts a body of {@code address} as being read, or throws 429 when it has {@link #PER_CLIENT} already. */
  void enter(String address) {
    boolean[] taken = {false};
    reading.compute(address, (key, n) -> {
      int count = n == null ? 0 : n;
      if (count >= PER_CLIENT) {
        return n;
      }
      taken[0] = true;
      return count + 1;
    });
    if (!taken[0]) {
      throw new ApiException(429, ErrorCode.CLIENT_SENDING, "this address already has " + PER_CLIENT
          + " requests sending their bodies to this server; send again when one is done", "limit", PER_CLIENT);
    }
  }

  /** A body of {@code address} read, refused or abandoned: called once for each {@link #enter} that passed. */
  void leave(String address) {
    reading.computeIfPresent(address, (key, n) -> n <= 1 ? null : n - 1);
  }

  /** Bodies being read from {@code address} (for tests). */
  int reading(String address) {
    return reading.getOrDefault(address, 0);
  }
}
