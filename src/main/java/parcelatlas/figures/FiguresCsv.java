package parcelatlas.figures;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The figures as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese). */
public final class FiguresCsv {
  private FiguresCsv() {}

  public static String of(List<Figures> rows) {
    StringBuilder out = new StringBuilder("\uFEFF");
    RecordComponent[] columns = Figures.class.getRecordComponents();
    List<String> header = new ArrayList<>();
    for (RecordComponent c : columns) {
      header.add(snake(c.getName()));
    }
    out.append(String.join(",", header)).append("\r\n");
    for (Figures f : rows) {
      List<String> cells = new ArrayList<>();
      for (RecordComponent c : columns) {
        cells.add(cell(value(c, f)));
      }
      out.append(String.join(",", cells)).append("\r\n");
    }
    return out.toString();
  }

  private static Object value(RecordComponent c, Figures f) {
    try {
      return c.getAccessor().invoke(f);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Quotes a cell when it needs it; a leading = + - @ is defused so no spreadsheet runs it as a formula. */
  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (!(value instanceof Number) && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
      text = "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }

  private static String snake(String camel) {
    return camel.chars().mapToObj(ch -> Character.isUpperCase(ch) ? "_" + (char) Character.toLowerCase(ch)
        : String.valueOf((char) ch)).collect(Collectors.joining());
  }
}
