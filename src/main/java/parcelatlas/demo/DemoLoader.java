package parcelatlas.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import parcelatlas.catalog.Layer;
import parcelatlas.importer.ImportObserver;
import parcelatlas.importer.ImportOptions;
import parcelatlas.importer.LayerImporter;
import parcelatlas.io.csv.CsvReader;
import parcelatlas.storage.ProgressTables;
import parcelatlas.storage.Storage;

/**
 * Loads the demo city shipped in the jar (from {@code data/demo}): the four layers through the
 * ordinary importer, from the GBK Gauss-Krüger shapefiles, then the project details, stage
 * histories, taxes and weekly demolition reports from CSV. Reports are added only to zones that
 * have none, stage histories and taxes only to projects without a history, so loading twice never
 * duplicates evidence.
 */
public final class DemoLoader {
  static final String[] LAYER_FILES = {"parks", "parcels", "demolition_zones", "projects", "context_points"};
  static final String[] SIDECARS = {".shp", ".shx", ".dbf", ".prj", ".cpg"};
  static final String[] TABLES = {"demolition_reports.csv", "project_investments.csv",
      "project_milestones.csv", "project_issues.csv", "project_stages.csv", "project_taxes.csv"};
  private static final String ACTOR = "demo";

  private DemoLoader() {}

  /** Loads the demo when the database has no parks yet. */
  public static void loadIfEmpty(Storage storage, PrintWriter out) {
    if (isEmpty(storage)) {
      load(storage, out);
    }
  }

  /** True when the database has no parks. */
  static boolean isEmpty(Storage storage) {
    long parks = storage.read(c -> {
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM parks")) {
        rs.next();
        return rs.getLong(1);
      }
    });
    return parks == 0;
  }

  public static void load(Storage storage, PrintWriter out) {
    load(storage, out, null);
  }

  /** As {@link #load(Storage, PrintWriter)}; {@code base}, when given, keeps what was loaded (for a scaled demo). */
  static void load(Storage storage, PrintWriter out, BaseCity base) {
    Path dir = extract();
    try {
      for (String name : LAYER_FILES) {
        Layer layer = Layer.byId(name.replace('_', '-')).orElseThrow();
        ImportOptions options = ImportOptions.of(layer, dir.resolve(name + ".shp"));
        out.print(LayerImporter.run(storage, options, base == null ? ImportObserver.NONE : base.observer(layer))
            .summary());
      }
      storage.inTransaction(c -> {
        loadTables(new ProgressTables(c), dir);
        return null;
      });
      if (base != null) {
        base.readTables(dir);
      }
      out.println("Loaded demo reports, investments, milestones and issues.");
    } finally {
      delete(dir);
    }
  }

  private static void loadTables(ProgressTables tables, Path dir) throws java.sql.SQLException {
    List<Map<String, String>> reports = CsvReader.read(dir.resolve("demolition_reports.csv"));
    Set<String> reported = new HashSet<>();
    for (String zone : reports.stream().map(r -> r.get("zone_code")).distinct().toList()) {
      if (tables.zoneHasReports(zone)) {
        reported.add(zone);
      }
    }
    for (Map<String, String> r : reports) {
      if (!reported.contains(r.get("zone_code"))) {
        tables.addReport(r.get("zone_code"), LocalDate.parse(r.get("report_date")),
            Integer.parseInt(r.get("signed_households")), Integer.parseInt(r.get("demolished_households")),
            Double.parseDouble(r.get("cleared_area_m2")), blank(r.get("note")), ACTOR);
      }
    }
    List<Map<String, String>> investments = CsvReader.read(dir.resolve("project_investments.csv"));
    List<Map<String, String>> milestones = CsvReader.read(dir.resolve("project_milestones.csv"));
    List<Map<String, String>> issues = CsvReader.read(dir.resolve("project_issues.csv"));
    Stream.of(investments, milestones, issues).flatMap(List::stream).map(r -> r.get("project_code"))
        .distinct().forEach(code -> unchecked(() -> tables.clearProjectDetail(code)));
    for (Map<String, String> r : investments) {
      tables.addInvestment(r.get("project_code"), YearMonth.parse(r.get("month")).atDay(1),
          Double.parseDouble(r.get("completed_wan")));
    }
    for (Map<String, String> r : milestones) {
      tables.addMilestone(r.get("project_code"), Integer.parseInt(r.get("seq")), r.get("name"),
          LocalDate.parse(r.get("planned_date")), date(r.get("actual_date")));
    }
    loadStagesAndTaxes(tables, dir);
    for (Map<String, String> r : issues) {
      tables.addIssue(r.get("project_code"), Integer.parseInt(r.get("seq")), r.get("description"),
          LocalDate.parse(r.get("raised_on")), blank(r.get("responsible")), date(r.get("closed_on")),
          blank(r.get("resolution")));
    }
  }

  /** Stage history and taxes are evidence: added only to projects that have none. */
  private static void loadStagesAndTaxes(ProgressTables tables, Path dir) throws java.sql.SQLException {
    Set<String> recorded = new HashSet<>();
    List<Map<String, String>> stages = CsvReader.read(dir.resolve("project_stages.csv"));
    for (String project : stages.stream().map(r -> r.get("project_code")).distinct().toList()) {
      if (tables.projectHasStages(project)) {
        recorded.add(project);
      }
    }
    for (Map<String, String> r : stages) {
      if (!recorded.contains(r.get("project_code"))) {
        tables.addStageChange(r.get("project_code"), r.get("stage"), LocalDate.parse(r.get("effective_date")), null,
            ACTOR);
      }
    }
    for (Map<String, String> r : CsvReader.read(dir.resolve("project_taxes.csv"))) {
      if (!recorded.contains(r.get("project_code"))) {
        tables.addTax(r.get("project_code"), YearMonth.parse(r.get("month")).atDay(1),
            Double.parseDouble(r.get("paid_wan")));
      }
    }
  }

  private interface SqlAction {
    void run() throws java.sql.SQLException;
  }

  private static void unchecked(SqlAction action) {
    try {
      action.run();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static LocalDate date(String s) {
    return s == null || s.isBlank() ? null : LocalDate.parse(s);
  }

  /** Copies the demo files from the classpath into a temporary folder. */
  static Path extract() {
    try {
      Path dir = Files.createTempDirectory("atlas-demo-");
      for (String name : LAYER_FILES) {
        for (String ext : SIDECARS) {
          copy(name + ext, dir);
        }
      }
      for (String table : TABLES) {
        copy(table, dir);
      }
      return dir;
    } catch (IOException e) {
      throw new IllegalStateException("cannot unpack the demo data", e);
    }
  }

  private static void copy(String name, Path dir) throws IOException {
    try (InputStream in = DemoLoader.class.getResourceAsStream("/demo/" + name)) {
      if (in != null) {
        Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temp folder left behind is harmless
    }
  }
}
