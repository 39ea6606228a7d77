package parcelatlas.figures;

import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import parcelatlas.io.csv.CsvCells;

/**
 * The figures as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese); a
 * withheld figure is an empty cell, named with its reason in the last column, {@code suppressed}.
 * Written row by row to a writer: {@link #header} once, then {@link #row} for each scope. In Chinese
 * ({@code english} false) the headers, the scopes and the withheld figures' column are in Chinese
 * ({@link FigureLabels}); in English they are the code names ({@code start_rate_pct}, {@code city}).
 */
public final class FiguresCsv {
  private static final RecordComponent[] COLUMNS = Figures.class.getRecordComponents();

  private FiguresCsv() {}

  /** The byte-order mark and the header line, with the code names. */
  public static void header(Writer out) throws IOException {
    header(out, true);
  }

  /** The byte-order mark and the header line, in English (code names) or Chinese. */
  public static void header(Writer out, boolean english) throws IOException {
    List<String> header = new ArrayList<>();
    for (RecordComponent c : COLUMNS) {
      header.add(CsvCells.cell(english ? snake(c.getName()) : FigureLabels.zh(snake(c.getName()))));
    }
    out.write("\uFEFF" + String.join(",", header) + "\r\n");
  }

  /** One scope's line, with the code names. */
  public static void row(Writer out, Figures f) throws IOException {
    row(out, f, true);
  }

  /** One scope's line; in Chinese the scope and the withheld figures' names and reasons are Chinese. */
  public static void row(Writer out, Figures f, boolean english) throws IOException {
    List<String> cells = new ArrayList<>();
    for (RecordComponent c : COLUMNS) {
      cells.add(CsvCells.cell(value(c, f, english)));
    }
    out.write(String.join(",", cells) + "\r\n");
  }

  /** A cell's value; the withheld figures as {@code field: reason} joined by "; ". */
  private static Object value(RecordComponent c, Figures f, boolean english) {
    try {
      Object value = c.getAccessor().invoke(f);
      if (value instanceof java.util.Map<?, ?> map) {
        return map.entrySet().stream().map(e -> english
            ? snake(String.valueOf(e.getKey())) + ": " + e.getValue()
            : FigureLabels.zh(snake(String.valueOf(e.getKey()))) + "："
                + (Disclosure.REASON.equals(e.getValue()) ? FigureLabels.REASON_ZH : e.getValue()))
            .collect(Collectors.joining(english ? "; " : "；"));
      }
      if (!english && c.getName().equals("scope")) {
        return FigureLabels.scopeZh((String) value);
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
