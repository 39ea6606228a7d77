package parcelatlas.desk;

import parcelatlas.domain.ErrorCode;
import parcelatlas.domain.BadInput;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import parcelatlas.domain.Labelled;
import parcelatlas.domain.ProjectStage;
import parcelatlas.io.JsonObjects;

/**
 * A stage change as asked for: the new stage, the day it took effect, an optional note, and the
 * reason that a change skipping stages or going back must give.
 */
public record StageRequest(ProjectStage stage, LocalDate effectiveDate, String note, String reason) {
  private static final Set<String> MEMBERS = Set.of("stage", "effective_date", "note", "reason");

  /**
   * Parses {@code {"stage": "started", "effective_date": "2026-11-18", "note": "…", "reason": "…"}};
   * throws BadInput naming the member that is wrong.
   */
  public static StageRequest parse(JsonNode body) {
    JsonObjects.requireObject(body, MEMBERS);
    ProjectStage stage = Labelled.parse(ProjectStage.class, body.path("stage").asText(""))
        .orElseThrow(() -> new BadInput(ErrorCode.NOT_ONE_OF,
            "stage must be one of planned, signed, land_secured, started, completed, in_production",
            "field", "stage", "value", body.path("stage").asText(""),
            "allowed", java.util.Arrays.stream(ProjectStage.values()).map(ProjectStage::code).toList()));
    LocalDate day;
    try {
      day = LocalDate.parse(body.path("effective_date").asText(""));
    } catch (DateTimeParseException e) {
      throw new BadInput(ErrorCode.DATE_EXPECTED, "effective_date must be a date such as 2026-11-18",
          "field", "effective_date", "example", "2026-11-18");
    }
    return new StageRequest(stage, day, text(body, "note", 1000), text(body, "reason", 500));
  }

  private static String text(JsonNode body, String name, int max) {
    JsonNode node = body.get(name);
    if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
      return null;
    }
    if (!node.isTextual()) {
      throw new BadInput(ErrorCode.TEXT_TOO_LONG, name + " must be text of at most " + max + " characters",
          "field", name, "max", max);
    }
    return DeskText.optional(name, node.asText(), max, true);
  }
}
