package parcelatlas.web;

import parcelatlas.domain.ErrorCode;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import parcelatlas.accounts.LoginThrottle;
import parcelatlas.accounts.Sessions;
import parcelatlas.accounts.User;
import parcelatlas.accounts.Users;
import parcelatlas.accounts.Viewer;

/**
 * Sign-in, sign-out and who-am-I; and, before every request, the viewer behind the session
 * cookie. A signed-in viewer's state-changing requests must carry the session's CSRF token in
 * the {@code X-CSRF-Token} header.
 */
final class AuthApi {
  static final String COOKIE = "atlas_session";
  static final String CSRF_HEADER = "X-CSRF-Token";
  private static final String VIEWER = "viewer";
  private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);
  private final Users users;
  private final Sessions sessions;
  private final LoginThrottle throttle;
  private final Clock clock;

  AuthApi(Users users, Sessions sessions, LoginThrottle throttle, Clock clock) {
    this.users = users;
    this.sessions = sessions;
    this.throttle = throttle;
    this.clock = clock;
  }

  /** Before every request: resolve the viewer and check CSRF for signed-in state changes. */
  void resolveViewer(Context ctx) {
    if (OpsApi.isProbe(ctx.path())) {
      ctx.attribute(VIEWER, Viewer.ANONYMOUS);
      return;
    }
    Viewer viewer = sessions.resolve(ctx.cookie(COOKIE)).orElse(Viewer.ANONYMOUS);
    ctx.attribute(VIEWER, viewer);
    if (viewer.isStaff() && !SAFE.contains(ctx.method()) && !viewer.csrfToken().equals(ctx.header(CSRF_HEADER))) {
      throw new ApiException(403, ErrorCode.CSRF_TOKEN_MISSING, "missing or wrong " + CSRF_HEADER
          + " header; read it from /api/me");
    }
  }

  /** The signed-in viewer; anyone else gets 401 "sign in to {@code purpose}". */
  static Viewer requireStaff(Context ctx, String purpose) {
    Viewer viewer = viewer(ctx);
    if (!viewer.isStaff()) {
      throw new ApiException(401, ErrorCode.SIGN_IN_REQUIRED, "sign in to " + purpose);
    }
    return viewer;
  }

  static Viewer viewer(Context ctx) {
    Viewer viewer = ctx.attribute(VIEWER);
    return viewer == null ? Viewer.ANONYMOUS : viewer;
  }

  void login(Context ctx) {
    JsonNode body = JsonBody.read(ctx);
    String username = body.path("username").asText("").strip();
    String password = body.path("password").asText("");
    if (username.isEmpty() || password.isEmpty()) {
      throw ApiException.badRequest(ErrorCode.CREDENTIALS_REQUIRED, "username and password are required");
    }
    LoginThrottle.Attempt attempt = throttle.admit(username, ClientAddress.of(ctx)).orElseThrow(() -> new ApiException(429,
        ErrorCode.TOO_MANY_SIGN_INS, "too many failed sign-ins; wait " + LoginThrottle.WINDOW.toMinutes()
        + " minutes and try again", "minutes", LoginThrottle.WINDOW.toMinutes()));
    Optional<User> user = users.authenticate(username, password.toCharArray());
    if (user.isEmpty()) {
      throw new ApiException(401, ErrorCode.WRONG_PASSWORD, "wrong user name or password");
    }
    throttle.succeeded(attempt);
    String token = sessions.open(user.get());
    Cookie cookie = new Cookie(COOKIE, token);
    cookie.setHttpOnly(true);
    cookie.setSameSite(SameSite.LAX);
    cookie.setPath("/");
    cookie.setSecure(SecurityHeaders.isSecure(ctx));
    cookie.setMaxAge((int) Sessions.LIFETIME.toSeconds());
    ctx.cookie(cookie);
    Viewer viewer = sessions.resolve(token).orElseThrow();
    ctx.contentType(OgcApi.JSON).result(Json.write(describe(viewer)));
  }

  void logout(Context ctx) {
    sessions.close(ctx.cookie(COOKIE));
    ctx.removeCookie(COOKIE, "/");
    ctx.status(204);
  }

  void me(Context ctx) {
    ctx.contentType(OgcApi.JSON).result(Json.write(describe(viewer(ctx))));
  }

  /** Who the viewer is, and the portal's today: forms date their entries by the server's calendar, not the browser's. */
  private Map<String, Object> describe(Viewer viewer) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("signedIn", viewer.isStaff());
    body.put("today", LocalDate.now(clock).toString());
    if (viewer.isStaff()) {
      User u = viewer.user();
      body.put("username", u.username());
      body.put("role", u.role().code());
      body.put("scopeTownship", u.scopeTownship());
      body.put("scopePark", u.scopeParkCode());
      body.put("csrfToken", viewer.csrfToken());
    }
    return body;
  }


}
