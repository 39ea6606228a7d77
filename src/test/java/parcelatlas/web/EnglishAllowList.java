package parcelatlas.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import parcelatlas.storage.Storage;
import parcelatlas.testing.Sql;

/**
 * The Chinese texts an English page may show, read from the database: proper names and free texts
 * without an English form. A park's name, address, contact person and summary count only while its
 * English field ({@code name_en}, {@code address_en}, {@code contact_en}, {@code summary_en})
 * is empty (a missing English column counts as filled, so it allows nothing); its leading
 * industries and a plot's industry text only while they map to no catalogue category (whose English
 * name is shown instead) and, for plots, {@code industry_en} is empty. Tables with no English
 * fields at all (projects, zones, people, enquiries, issues, file names, audited records) are
 * allowed as they are; so is the language switch, which names Chinese in Chinese.
 */
final class EnglishAllowList {
  /** Text columns of tables that hold no English form of any of them. */
  private static final Map<String, List<String>> WITHOUT_ENGLISH = Map.of(
      "projects", List.of("name", "investor", "industry", "township", "leader", "responsible_unit"),
      "demolition_zones", List.of("name", "township", "leader", "responsible_unit"),
      "project_milestones", List.of("name"),
      "project_issues", List.of("description", "responsible", "resolution"),
      "demolition_reports", List.of("note", "change_reason"),
      "project_stage_changes", List.of("note", "reason"),
      "enquiries", List.of("name", "contact", "message"),
      "users", List.of("username", "display_name", "scope_township"),
      "imports", List.of("source_file"),
      "audit_log", List.of("old_value", "new_value"));

  private final List<String> names;

  private EnglishAllowList(List<String> names) {
    this.names = names;
  }

  static EnglishAllowList read(Storage storage) {
    TreeSet<String> names = new TreeSet<>();
    WITHOUT_ENGLISH.forEach((table, columns) -> columns.forEach(column -> names.addAll(
        values(storage, "SELECT DISTINCT " + column + " AS v FROM " + table + " WHERE " + column + " IS NOT NULL"))));
    for (String[] pair : new String[][] {{"name", "name_en"}, {"address", "address_en"},
        {"contact_person", "contact_en"}, {"summary", "summary_en"}}) {
      names.addAll(withoutEnglish(storage, "parks", pair[0], pair[1]));
    }
    names.addAll(values(storage, "SELECT DISTINCT leading_industries AS v FROM parks"
        + " WHERE leading_industries IS NOT NULL AND COALESCE(industry_codes, '') = ''"));
    String uncategorised = "SELECT DISTINCT industry AS v FROM parcels WHERE industry IS NOT NULL"
        + " AND COALESCE(industry_codes, '') = ''";
    names.addAll(hasColumn(storage, "parcels", "industry_en")
        ? values(storage, uncategorised + " AND COALESCE(industry_en, '') = ''") : List.of());
    names.add("切换到中文"); // the language switch names the other language in it
    names.add("中文");
    names.removeIf(String::isBlank);
    return new EnglishAllowList(names.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList());
  }

  /** The text with every allowed name removed. */
  String strip(String text) {
    String left = text;
    for (String name : names) {
      if (left.contains(name)) {
        left = left.replace(name, " ");
      }
    }
    return left;
  }

  private static List<String> withoutEnglish(Storage storage, String table, String column, String english) {
    if (!hasColumn(storage, table, english)) {
      return List.of();
    }
    return values(storage, "SELECT DISTINCT " + column + " AS v FROM " + table + " WHERE " + column
        + " IS NOT NULL AND COALESCE(" + english + ", '') = ''");
  }

  private static boolean hasColumn(Storage storage, String table, String column) {
    try {
      Sql.rows(storage, "SELECT " + column + " FROM " + table + " WHERE 1 = 0");
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static List<String> values(Storage storage, String sql) {
    return Sql.rows(storage, sql).stream().map(r -> String.valueOf(r.get("v")).strip()).toList();
  }
}
