package parcelatlas.io.csv;

/** One CSV cell, quoted when needed; a leading = + - @ is defused so spreadsheets do not run it. */
public final class CsvCells {
  private CsvCells() {}

  public static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (!(value instanceof Number) && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      text = "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
