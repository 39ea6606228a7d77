package parcelatlas.web;

import parcelatlas.domain.ErrorCode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import parcelatlas.config.AtlasConfig;

/**
 * The headers every response carries, set before any handler runs (so errors, static files and
 * 404s carry them too):
 * <ul>
 *   <li>{@code Content-Security-Policy}: scripts, styles, fonts and connections from this origin
 *       only (no inline script, no {@code eval}, no inline {@code <style>} or {@code style=""}
 *       markup; styles set through the DOM's {@code element.style} are not markup and stay
 *       allowed); images also from the configured basemap's tile hosts ({@link TileHosts}),
 *       {@code data:} and {@code blob:}; no plugins, no {@code <base>} elsewhere, no framing, forms
 *       posting only here;</li>
 *   <li>{@code X-Frame-Options: DENY} for browsers without {@code frame-ancestors},
 *       {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: strict-origin-when-cross-origin}
 *       (an OGC link with a filter never leaks its query to a tile server), a
 *       {@code Permissions-Policy} turning off the camera, microphone, geolocation and payment;</li>
 *   <li>{@code Cache-Control: no-store} on {@code /api/me}, sign-in and sign-out, and on every
 *       {@code /api/} and {@code /ogc} response to a request carrying a session cookie (staff data
 *       must not stay in a shared or browser cache).</li>
 * </ul>
 * It also decides whether the request came over TLS ({@link #isSecure}), for the session cookie and
 * {@code Strict-Transport-Security}, and
 * refuses {@code X-HTTP-Method-Override} with 400 (Javalin would otherwise take the method from it,
 * so a POST could reach a DELETE route, or pass for a GET).
 */
final class SecurityHeaders {
  static final String REFERRER_POLICY = "strict-origin-when-cross-origin";
  static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
  static final String METHOD_OVERRIDE = "X-HTTP-Method-Override";
  private static final String SECURE = "parcelatlas.secure-transport";
  private static final List<String> ALWAYS_NO_STORE = List.of("/api/me", "/api/login", "/api/logout");
  private static final FixedHeader STRICT_TRANSPORT = new FixedHeader("Strict-Transport-Security", "max-age=31536000");
  /** The headers every response carries, made once (their text is encoded once, not on every response). */
  private final FixedHeader[] always;
  private final boolean publicUrlIsHttps;
  private final List<String> trustedProxies;

  /** From the settings; {@code tileUrl}/{@code tileSubdomains} as the map pages get them (may be null). */
  SecurityHeaders(AtlasConfig config, String tileUrl, String tileSubdomains) {
    this.always = new FixedHeader[] {
        new FixedHeader("Content-Security-Policy", policy(TileHosts.sources(tileUrl, tileSubdomains))),
        new FixedHeader("X-Content-Type-Options", "nosniff"),
        new FixedHeader("X-Frame-Options", "DENY"),
        new FixedHeader("Referrer-Policy", REFERRER_POLICY),
        new FixedHeader("Permissions-Policy", PERMISSIONS_POLICY)};
    this.publicUrlIsHttps = config.get("public.url").strip().toLowerCase(Locale.ROOT).startsWith("https://");
    this.trustedProxies = ClientAddress.trustedProxies(config);
  }

  /** The Content-Security-Policy with images also allowed from {@code imageHosts}. */
  static String policy(List<String> imageHosts) {
    String images = String.join(" ", imageHosts);
    return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:"
        + (images.isEmpty() ? "" : " " + images)
        + "; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none';"
        + " form-action 'self'";
  }

  /** Before every request. */
  void apply(Context ctx) {
    for (FixedHeader header : always) {
      header.set(ctx);
    }
    String path = ctx.path();
    boolean staffData = (path.startsWith("/api/") || path.equals("/ogc") || path.startsWith("/ogc/"))
        && ctx.cookie(AuthApi.COOKIE) != null;
    if (staffData || ALWAYS_NO_STORE.contains(path)) {
      ctx.header("Cache-Control", "no-store");
    }
    if (secure(ctx)) {
      ctx.attribute(SECURE, Boolean.TRUE); // none on plain HTTP: isSecure reads a missing one as false
      STRICT_TRANSPORT.set(ctx); // browsers then refuse plain HTTP here for a year
    }
    if (ctx.req().getHeader(METHOD_OVERRIDE) != null) {
      // Javalin would route (and judge CSRF by) the header's method instead of the real one
      throw ApiException.badRequest(ErrorCode.METHOD_OVERRIDE_REFUSED, METHOD_OVERRIDE
          + " is not supported; send the request with the method itself");
    }
  }

  /**
   * Whether the browser reached the portal over TLS: {@code public.url} is https, or the request
   * itself is, or it came from a {@code trusted.proxies} address with {@code X-Forwarded-Proto: https}.
   * The header from anyone else is ignored (it could be forged to make a cookie look safe, or not).
   */
  private boolean secure(Context ctx) {
    if (publicUrlIsHttps || "https".equals(ctx.scheme())) {
      return true;
    }
    return !trustedProxies.isEmpty() && trustedProxies.contains(ctx.req().getRemoteAddr())
        && "https".equalsIgnoreCase(String.valueOf(ctx.header("X-Forwarded-Proto")).split(",")[0].strip());
  }

  /** Whether the request reached the portal over TLS, as decided by {@link #apply}. */
  static boolean isSecure(Context ctx) {
    return Boolean.TRUE.equals(ctx.attribute(SECURE));
  }
}
