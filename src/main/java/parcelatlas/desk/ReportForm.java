package parcelatlas.desk;

import parcelatlas.domain.ErrorCode;
import parcelatlas.domain.BadInput;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import parcelatlas.figures.Plausible;
import parcelatlas.io.JsonObjects;

/**
 * A weekly report as submitted.
 *
 * @param basedOn the id of the latest report the submitter saw (null when the zone had none):
 *     if another report arrived since, the submission is a conflict
 * @param supersedes the id of an earlier report this one corrects, or null
 */
public record ReportForm(LocalDate reportDate, int signedHouseholds, int demolishedHouseholds, double clearedAreaM2,
    String note, String changeReason, Long basedOn, Long supersedes) {
  private static final Set<String> MEMBERS = Set.of("report_date", "signed_households", "demolished_households",
      "cleared_area_m2", "note", "change_reason", "based_on", "supersedes");

  public static ReportForm parse(JsonNode body) {
    JsonObjects.requireObject(body, MEMBERS);
    return new ReportForm(date(body), count(body, "signed_households"), count(body, "demolished_households"),
        area(body), text(body, "note", 1000), text(body, "change_reason", 500), id(body, "based_on"),
        id(body, "supersedes"));
  }

  private static LocalDate date(JsonNode body) {
    try {
      return LocalDate.parse(body.path("report_date").asText(""));
    } catch (DateTimeParseException e) {
      throw new BadInput(ErrorCode.DATE_EXPECTED, "report_date must be a date such as 2026-11-23",
          "field", "report_date", "example", "2026-11-23");
    }
  }

  private static int count(JsonNode body, String name) {
    JsonNode node = body.get(name);
    if (node == null || !node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < 0
        || node.asInt() > Plausible.MAX_HOUSEHOLDS) {
      throw new BadInput(ErrorCode.WHOLE_NUMBER_OUT_OF_RANGE, name + " must be a whole number from 0 to "
          + Plausible.MAX_HOUSEHOLDS, "field", name, "min", 0, "max", Plausible.MAX_HOUSEHOLDS);
    }
    return node.asInt();
  }

  private static double area(JsonNode body) {
    JsonNode node = body.get("cleared_area_m2");
    if (node == null || !node.isNumber() || !Plausible.within(node.asDouble(), Plausible.MAX_AREA_M2)) {
      throw new BadInput(ErrorCode.NUMBER_OUT_OF_RANGE, "cleared_area_m2 must be a number from 0 to "
          + (long) Plausible.MAX_AREA_M2 + " m²", "field", "cleared_area_m2", "min", 0,
          "max", (long) Plausible.MAX_AREA_M2, "unit", "m2");
    }
    return node.asDouble();
  }

  private static String text(JsonNode body, String name, int max) {
    JsonNode node = body.get(name);
    if (node == null || node.isNull() || node.asText().isBlank()) {
      return null;
    }
    if (!node.isTextual()) {
      throw new BadInput(ErrorCode.TEXT_TOO_LONG, name + " must be text of at most " + max + " characters",
          "field", name, "max", max);
    }
    return DeskText.optional(name, node.asText(), max, true);
  }

  private static Long id(JsonNode body, String name) {
    JsonNode node = body.get(name);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isIntegralNumber()) {
      throw new BadInput(ErrorCode.REPORT_ID_EXPECTED, name + " must be a report id", "field", name);
    }
    return node.asLong();
  }
}
