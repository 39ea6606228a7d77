package parcelatlas.io.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parcelatlas.io.BadInputException;

/** Reads a small UTF-8 CSV file (RFC 4180: a header row, quoted fields, doubled quotes). */
public final class CsvReader {
  private CsvReader() {}

  /** Rows as maps from header name to value (empty fields as ""). */
  public static List<Map<String, String>> read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw BadInputException.ofFile(file.getFileName().toString(), "cannot read: " + e.getMessage());
    }
    List<List<String>> records = parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
    if (records.isEmpty()) {
      return List.of();
    }
    List<String> header = records.get(0);
    List<Map<String, String>> rows = new ArrayList<>();
    for (int r = 1; r < records.size(); r++) {
      List<String> values = records.get(r);
      if (values.size() == 1 && values.get(0).isEmpty()) {
        continue;
      }
      if (values.size() != header.size()) {
        throw new BadInputException(file.getFileName().toString(), (long) r, null,
            "has " + values.size() + " fields, the header has " + header.size());
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), values.get(i));
      }
      rows.add(row);
    }
    return rows;
  }

  private static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    if (field.length() > 0 || !record.isEmpty()) {
      record.add(field.toString());
      records.add(record);
    }
    return records;
  }
}
