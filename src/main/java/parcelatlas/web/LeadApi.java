package parcelatlas.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import parcelatlas.domain.BadInput;
import parcelatlas.domain.ErrorCode;
import parcelatlas.io.JsonObjects;
import parcelatlas.leads.LeadAccess;
import parcelatlas.leads.LeadChanges;
import parcelatlas.leads.LeadCountQuery;
import parcelatlas.leads.LeadCounts;
import parcelatlas.leads.LeadDetail;
import parcelatlas.leads.LeadFilter;
import parcelatlas.leads.LeadInbox;
import parcelatlas.leads.LeadStatus;

/**
 * The leads inbox (招商线索) for park staff, city-wide officials and admins ({@link LeadAccess}):
 * list, one lead, counts per park, and the changes (status, assignment, note). Anonymous callers
 * get 401, other staff 403; refusals are thrown and answered by {@link ApiErrors}.
 */
final class LeadApi {
  private static final Set<String> STATUS_MEMBERS = Set.of("status", "expected", "note");
  private static final Set<String> ASSIGN_MEMBERS = Set.of("assignee");
  private static final Set<String> NOTE_MEMBERS = Set.of("note");
  private final LeadInbox inbox;
  private final LeadDetail detail;
  private final LeadChanges changes;
  private final LeadCounts counts;

  LeadApi(LeadInbox inbox, LeadDetail detail, LeadChanges changes) {
    this.inbox = inbox;
    this.detail = detail;
    this.changes = changes;
    this.counts = new LeadCounts(inbox.storage(), inbox);
  }

  private static LeadAccess access(Context ctx) {
    return LeadAccess.of(AuthApi.requireStaff(ctx, "work leads").user());
  }

  /** {@code GET /api/leads?status=&park=&overdue=true&before=&limit=}: a page of the inbox, newest first. */
  void list(Context ctx) {
    LeadAccess access = access(ctx);
    LeadInbox.Page page = inbox.list(access, LeadFilter.parse(ctx::queryParam));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("leads", page.leads());
    body.put("next", page.next());
    body.put("overdue", page.overdue());
    body.put("overdueHours", page.overdueHours());
    json(ctx, body);
  }

  /**
   * {@code GET /api/leads/counts[?codes=A,B][&limit=][&cursor=]}: a page of the parks with leads (or
   * those of {@code codes}), per park the leads by status, overdue and total, {@code next} when more
   * parks follow, and the totals over all of them ({@link LeadCounts}).
   */
  void counts(Context ctx) {
    LeadAccess access = access(ctx);
    LeadCounts.Page page = counts.counts(access, LeadCountQuery.parse(ctx.queryParamMap()));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("parks", page.parks());
    body.put("next", page.next());
    body.put("totals", page.totals());
    body.put("overdueHours", inbox.overdueHours());
    json(ctx, body);
  }

  /** {@code GET /api/leads/{id}}: the lead, its notes, history, the moves open to the reader, possible assignees. */
  void one(Context ctx) {
    LeadAccess access = access(ctx);
    json(ctx, detail.view(access, id(ctx)));
  }

  /** {@code POST /api/leads/{id}/status {"status", "expected"?, "note"?}}. */
  void status(Context ctx) {
    LeadAccess access = access(ctx);
    JsonNode body = JsonBody.read(ctx);
    JsonObjects.requireObject(body, STATUS_MEMBERS);
    LeadStatus to = LeadStatus.parse("status", JsonBody.text(body, "status"));
    String expected = JsonBody.text(body, "expected");
    changes.move(access, id(ctx), to, expected == null ? null : LeadStatus.parse("expected", expected),
        JsonBody.text(body, "note"));
    one(ctx);
  }

  /** {@code POST /api/leads/{id}/assign {"assignee": "username" | null}}. */
  void assign(Context ctx) {
    LeadAccess access = access(ctx);
    JsonNode body = JsonBody.read(ctx);
    JsonObjects.requireObject(body, ASSIGN_MEMBERS);
    if (!body.has("assignee")) {
      throw new BadInput(ErrorCode.INVALID_PARAMETER_VALUE, "assignee must be a user name or null", "field", "assignee");
    }
    String assignee = JsonBody.text(body, "assignee");
    changes.assign(access, id(ctx), assignee == null || assignee.isBlank() ? null : assignee.strip());
    one(ctx);
  }

  /** {@code POST /api/leads/{id}/notes {"note": "…"}}: appended; notes are never changed or removed. */
  void note(Context ctx) {
    LeadAccess access = access(ctx);
    JsonNode body = JsonBody.read(ctx);
    JsonObjects.requireObject(body, NOTE_MEMBERS);
    changes.note(access, id(ctx), JsonBody.text(body, "note"));
    ctx.status(201);
    one(ctx);
  }

  private static long id(Context ctx) {
    String text = ctx.pathParam("id");
    if (text.matches("[1-9]\\d{0,17}")) {
      return Long.parseLong(text);
    }
    throw new BadInput(ErrorCode.INVALID_PARAMETER_VALUE, "id must be a lead's number", "field", "id");
  }

  private static void json(Context ctx, Object body) {
    ctx.contentType(OgcApi.JSON).result(Json.write(body));
  }
}
