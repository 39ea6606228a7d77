package parcelatlas.figures;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import parcelatlas.io.csv.CsvCells;

/**
 * The figures as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese); a
 * withheld figure is an empty cell, named with its reason in the last column, {@code suppressed}.
 */
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
        cells.add(CsvCells.cell(value(c, f)));
      }
      out.append(String.join(",", cells)).append("\r\n");
    }
    return out.toString();
  }

  /** A cell's value; the withheld figures as {@code field: reason} joined by "; ". */
  private static Object value(RecordComponent c, Figures f) {
    try {
      Object value = c.getAccessor().invoke(f);
      if (value instanceof java.util.Map<?, ?> map) {
        return map.entrySet().stream().map(e -> snake(String.valueOf(e.getKey())) + ": " + e.getValue())
            .collect(Collectors.joining("; "));
      }
      return value;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String snake(String camel) {
    return camel.chars().mapToObj(ch -> Character.isUpperCase(ch) ? "_" + (char) Character.toLowerCase(ch)
        : String.valueOf((char) ch)).collect(Collectors.joining());
  }
}
