package parcelatlas.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import parcelatlas.testing.ApiClient;

/**
 * The officials' everyday writes, repeatable without end: a weekly report on a zone that repeats
 * the zone's latest figures (based on the latest report, so it is never a conflict while one
 * writer owns the zone), a correction of a project's investment for the current month, or a
 * project's stage moved back (with a reason) and forward again — the write that updates the
 * {@code projects} row itself.
 */
final class StaffWrites {
  static final String JSON = "application/json";
  static final String TODAY = "2026-11-20";

  private StaffWrites() {}

  /** Reads the zone's latest report and files it again: the POST's response (201 expected), or the GET's if it failed. */
  static HttpResponse<String> fileReport(ApiClient official, String zone) {
    String path = "/api/desk/zones/" + zone + "/reports";
    HttpResponse<String> history = official.get(path);
    if (history.statusCode() != 200) {
      return history;
    }
    JsonNode reports = ApiClient.parse(history.body()).get("reports");
    JsonNode latest = reports.get(reports.size() - 1);
    for (JsonNode r : reports) {
      if (r.get("id").asLong() > latest.get("id").asLong()) {
        latest = r;
      }
    }
    String body = "{\"report_date\": \"" + TODAY + "\", \"signed_households\": " + latest.get("signedHouseholds")
        + ", \"demolished_households\": " + latest.get("demolishedHouseholds") + ", \"cleared_area_m2\": "
        + latest.get("clearedAreaM2") + ", \"based_on\": " + latest.get("id") + "}";
    return official.post(path, JSON, body);
  }

  /** Sets the project's investment for November 2026 (2xx expected). */
  static HttpResponse<String> recordInvestment(ApiClient official, String project, int round) {
    return official.post("/api/desk/projects/" + project + "/investments", JSON,
        "{\"month\": \"2026-11\", \"completed_wan\": " + (100 + round % 50) + "}");
  }

  /**
   * Moves a project at stage {@code started} back to {@code land_secured} (even rounds, with a
   * reason) or forward to {@code started} again (odd rounds), dated today (2xx expected).
   */
  static HttpResponse<String> toggleStage(ApiClient official, String startedProject, int round) {
    String body = round % 2 == 0
        ? "{\"stage\": \"land_secured\", \"effective_date\": \"" + TODAY + "\", \"reason\": \"核查更正：尚未开工\"}"
        : "{\"stage\": \"started\", \"effective_date\": \"" + TODAY + "\", \"note\": \"复工\"}";
    return official.post("/api/desk/projects/" + startedProject + "/stage", JSON, body);
  }
}
