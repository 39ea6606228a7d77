package parcelatlas.web;

import io.javalin.http.Context;
import java.util.Map;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.Viewer;
import parcelatlas.storage.AuditLog;

/** What only admins may read: the audit log of every change. */
final class AdminApi {
  private static final int PAGE = 200;
  private final AuditLog audit;

  AdminApi(AuditLog audit) {
    this.audit = audit;
  }

  /** {@code ?entity=user|demolition_zone|parcels|…&before=ID}: newest first, {@value #PAGE} a page. */
  void audit(Context ctx) {
    Viewer viewer = AuthApi.viewer(ctx);
    if (!viewer.isStaff()) {
      throw new ApiException(401, "Unauthorized", "sign in as an administrator");
    }
    if (!viewer.is(Role.ADMIN)) {
      throw new ApiException(403, "Forbidden", "the audit log is for administrators");
    }
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
