package parcelatlas.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.Map;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.User;
import parcelatlas.accounts.Users;
import parcelatlas.domain.Labelled;
import parcelatlas.accounts.Viewer;
import parcelatlas.storage.AuditLog;

/** What only admins may do: manage users, and read the audit log of every change. */
final class AdminApi {
  private static final int PAGE = 200;
  private final AuditLog audit;
  private final Users users;

  AdminApi(AuditLog audit, Users users) {
    this.audit = audit;
    this.users = users;
  }

  void listUsers(Context ctx) {
    admin(ctx);
    ctx.contentType(OgcApi.JSON).result(Json.write(Map.of("users", users.list())));
  }

  /** {@code {"username", "role", "scope_township"?, "scope_park"?, "password"}}. */
  void addUser(Context ctx) {
    Viewer viewer = admin(ctx);
    JsonNode body = JsonBody.read(ctx);
    Role role = Labelled.parse(Role.class, body.path("role").asText(""))
        .orElseThrow(() -> ApiException.badRequest("role must be official, planner or admin"));
    String township = blankToNull(body.path("scope_township").asText(null));
    String park = blankToNull(body.path("scope_park").asText(null));
    if (township != null && park != null) {
      throw ApiException.badRequest("scope an official to a township or a park, not both");
    }
    char[] password = body.path("password").asText("").toCharArray();
    User added = ApiException.orBadRequest(() -> users.add(viewer.user().username(),
        body.path("username").asText("").strip(), role, township, park, password));
    ctx.status(201).contentType(OgcApi.JSON).result(Json.write(added));
  }

  void disableUser(Context ctx) {
    Viewer viewer = admin(ctx);
    String name = ctx.pathParam("username");
    if (name.equals(viewer.user().username())) {
      throw ApiException.badRequest("you cannot disable yourself");
    }
    if (!users.disable(viewer.user().username(), name)) {
      throw ApiException.notFound("no user '" + name + "'");
    }
    ctx.status(204);
  }

  private static Viewer admin(Context ctx) {
    Viewer viewer = AuthApi.requireStaff(ctx, "administer the portal");
    if (!viewer.is(Role.ADMIN)) {
      throw new ApiException(403, "Forbidden", "this is for administrators");
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
        throw ApiException.badRequest("before must be an entry id");
      }
    }
    ctx.contentType(OgcApi.JSON).result(Json.write(Map.of("entries", audit.entries(ctx.queryParam("entity"), before, PAGE))));
  }
}
