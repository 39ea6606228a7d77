package parcelatlas.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the six tables as CSV after RFC 4180: UTF-8 without a byte-order mark, a header row,
 * comma-separated, CRLF line ends, a field quoted (with inner quotes doubled) only when it holds a
 * comma, a quote or a line break. Dates are ISO (yyyy-MM-dd), months yyyy-MM, decimals with a
 * point and a fixed number of places; absent values are empty fields.
 */
final class CsvFiles {
  private CsvFiles() {}

  static void writeAll(Path dir, DemoCity city) {
    List<List<String>> rows = new ArrayList<>();
    for (ZoneReport r : city.reports()) {
      rows.add(List.of(r.zoneCode(), r.date().toString(), String.valueOf(r.signed()),
          String.valueOf(r.demolished()), decimal(r.clearedM2(), 1), r.note()));
    }
    write(dir.resolve("demolition_reports.csv"), List.of("zone_code", "report_date",
        "signed_households", "demolished_households", "cleared_area_m2", "note"), rows);

    rows = new ArrayList<>();
    for (ProjectInvestment i : city.investments()) {
      rows.add(List.of(i.projectCode(), i.month().toString(), decimal(i.completedWan(), 1)));
    }
    write(dir.resolve("project_investments.csv"),
        List.of("project_code", "month", "completed_wan"), rows);

    rows = new ArrayList<>();
    for (ProjectMilestone m : city.milestones()) {
      rows.add(List.of(m.projectCode(), String.valueOf(m.seq()), m.name(), day(m.planned()),
          day(m.actual())));
    }
    write(dir.resolve("project_milestones.csv"),
        List.of("project_code", "seq", "name", "planned_date", "actual_date"), rows);

    rows = new ArrayList<>();
    for (ProjectIssue i : city.issues()) {
      rows.add(List.of(i.projectCode(), String.valueOf(i.seq()), i.description(),
          day(i.raisedOn()), i.responsible(), day(i.closedOn()), i.resolution()));
    }
    write(dir.resolve("project_issues.csv"), List.of("project_code", "seq", "description",
        "raised_on", "responsible", "closed_on", "resolution"), rows);

    rows = new ArrayList<>();
    for (StageChangeRow c : city.stageChanges()) {
      rows.add(List.of(c.projectCode(), c.stage(), day(c.effective())));
    }
    write(dir.resolve("project_stages.csv"), List.of("project_code", "stage", "effective_date"), rows);

    rows = new ArrayList<>();
    for (ProjectTax t : city.taxes()) {
      rows.add(List.of(t.projectCode(), t.month().toString(), decimal(t.paidWan(), 1)));
    }
    write(dir.resolve("project_taxes.csv"), List.of("project_code", "month", "paid_wan"), rows);
  }

  static String decimal(double value, int places) {
    return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
  }

  private static String day(LocalDate date) {
    return date == null ? "" : date.toString();
  }

  /** A field as RFC 4180 wants it: quoted only when it must be. */
  static String field(String value) {
    if (value.contains(",") || value.contains("\"") || value.contains("\r")
        || value.contains("\n")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }

  private static void write(Path file, List<String> header, List<List<String>> rows) {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      line(out, header);
      for (List<String> row : rows) {
        line(out, row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static void line(Writer out, List<String> values) throws IOException {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(field(values.get(i)));
    }
    out.write("\r\n");
  }
}
