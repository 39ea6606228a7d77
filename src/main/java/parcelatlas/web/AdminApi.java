package parcelatlas.web;

import parcelatlas.domain.ErrorCode;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.User;
import parcelatlas.accounts.UserChanges;
import parcelatlas.accounts.Users;
import parcelatlas.domain.Labelled;
import parcelatlas.io.JsonObjects;
import parcelatlas.accounts.Viewer;
import parcelatlas.storage.AuditLog;

/**
 * What only admins may do: manage users (add, disable, enable again, set a new password), and read
 * the audit log of every change.
 */
final class AdminApi {
  private static final int PAGE = 200;
  private static final Set<String> NEW_USER = Set.of("username", "role", "scope_township", "scope_park", "password");
  private final AuditLog audit;
  private static final Set<String> NEW_PASSWORD = Set.of("password");
  private final Users users;
  private final UserChanges changes;

  AdminApi(AuditLog audit, Users users, UserChanges changes) {
    this.audit = audit;
    this.users = users;
    this.changes = changes;
  }

  void listUsers(Context ctx) {
    admin(ctx);
    ctx.contentType(OgcApi.JSON).result(Json.write(Map.of("users", users.list())));
  }

  /**
   * {@code {"username", "role", "scope_township"?, "scope_park"?, "password"}}, all strings; any
   * other member, a role not in the list, a scope naming no real township or park, or a password
   * breaking the rules gets 400 naming the member ({@link Users#add}).
   */
  void addUser(Context ctx) {
    Viewer viewer = admin(ctx);
    JsonNode body = JsonBody.read(ctx);
    JsonObjects.requireObject(body, NEW_USER);
    Role role = Labelled.parse(Role.class, text(body, "role"))
        .orElseThrow(() -> ApiException.badRequest(ErrorCode.ROLE_UNKNOWN, "role must be official, planner or admin",
            "field", "role", "allowed", List.of("official", "planner", "admin")));
    String township = blankToNull(text(body, "scope_township"));
    String park = blankToNull(text(body, "scope_park"));
    char[] password = text(body, "password").toCharArray();
    User added = users.add(viewer.user().username(), text(body, "username").strip(), role, township,
        park, password);
    ctx.status(201).contentType(OgcApi.JSON).result(Json.write(added));
  }

  /** A member's text, "" when absent or null (see {@link JsonBody#text}). */
  private static String text(JsonNode body, String member) {
    return java.util.Objects.requireNonNullElse(JsonBody.text(body, member), "");
  }

  void disableUser(Context ctx) {
    Viewer viewer = admin(ctx);
    String name = ctx.pathParam("username");
    if (name.equals(viewer.user().username())) {
      throw ApiException.badRequest(ErrorCode.CANNOT_DISABLE_SELF, "you cannot disable yourself");
    }
    if (!users.disable(viewer.user().username(), name)) {
      throw notFound(name);
    }
    ctx.status(204);
  }

  /** Enables a disabled user again (the undo of disabling); 204, or 404 for no such user. */
  void enableUser(Context ctx) {
    Viewer viewer = admin(ctx);
    String name = ctx.pathParam("username");
    if (!changes.enable(viewer.user().username(), name)) {
      throw notFound(name);
    }
    ctx.status(204);
  }

  /**
   * {@code {"password"}}: a new password by the rules of {@code user add} (400 naming the rule
   * broken); every session of the user ends. 204, or 404 for no such user.
   */
  void resetPassword(Context ctx) {
    Viewer viewer = admin(ctx);
    String name = ctx.pathParam("username");
    JsonNode body = JsonBody.read(ctx);
    JsonObjects.requireObject(body, NEW_PASSWORD);
    char[] password = text(body, "password").toCharArray();
    try {
      if (changes.setPassword(viewer.user().username(), name, password).isEmpty()) {
        throw notFound(name);
      }
    } finally {
      java.util.Arrays.fill(password, '\0');
    }
    ctx.status(204);
  }

  private static ApiException notFound(String name) {
    return new ApiException(404, ErrorCode.USER_NOT_FOUND, "no user '" + name + "'", "username", name);
  }

  /** The signed-in admin; 401 for visitors, 403 for other staff. */
  static Viewer admin(Context ctx) {
    Viewer viewer = AuthApi.requireStaff(ctx, "administer the portal");
    if (!viewer.is(Role.ADMIN)) {
      throw new ApiException(403, ErrorCode.ADMINS_ONLY, "this is for administrators");
    }
    return viewer;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** {@code ?entity=user|demolition_zone|parcels|…&before=ID}: newest first, {@value #PAGE} a page. */
  void audit(Context ctx) {
    admin(ctx);
    Long before = null;
    String text = ctx.queryParam("before");
    if (text != null) {
      try {
        before = Long.parseLong(text);
      } catch (NumberFormatException e) {
        throw ApiException.badRequest(ErrorCode.NUMBER_EXPECTED, "before must be an entry id", "field", "before");
      }
    }
    ctx.contentType(OgcApi.JSON).result(Json.write(Map.of("entries", audit.entries(ctx.queryParam("entity"), before, PAGE))));
  }
}
