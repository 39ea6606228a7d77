package parcelatlas.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import parcelatlas.testing.ApiClient;

/**
 * The officials' everyday writes, repeatable without end: a weekly report on a zone that repeats
 * the zone's latest figures (based on the latest report, so it is never a conflict while one
 * writer owns the zone), or a correction of a project's investment for the current month.
 */
final class StaffWrites {
  static final String JSON = "application/json";
  static final String TODAY = "2026-11-20";

  private StaffWrites() {}

  /** Reads the zone's latest report and files it again; the status of the POST (201 expected). */
  static int fileReport(ApiClient official, String zone) {
    String path = "/api/desk/zones/" + zone + "/reports";
    HttpResponse<String> history = official.get(path);
    if (history.statusCode() != 200) {
      return history.statusCode();
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
    return official.post(path, JSON, body).statusCode();
  }

  /** Sets the project's investment for November 2026; the status (200 expected). */
  static int recordInvestment(ApiClient official, String project, int round) {
    return official.post("/api/desk/projects/" + project + "/investments", JSON,
        "{\"month\": \"2026-11\", \"completed_wan\": " + (100 + round % 50) + "}").statusCode();
  }
}
