package parcelatlas.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds zip archives for tests, entry names taken verbatim (including hostile ones). */
public final class TestZips {
  private TestZips() {}

  /** Writes {@code entries} (name → bytes, in map order) with names encoded in {@code names}. */
  public static Path zip(Path zip, Charset names, Map<String, byte[]> entries) {
    try (OutputStream file = Files.newOutputStream(zip);
        ZipOutputStream out = new ZipOutputStream(file, names)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(entry.getKey()));
        out.write(entry.getValue());
        out.closeEntry();
      }
      return zip;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The files of the shapefile {@code folder/base.*} as zip entries under {@code prefix}. */
  public static Map<String, byte[]> shapefileEntries(Path folder, String base, String prefix) {
    Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
    for (String extension : new String[] {"shp", "shx", "dbf", "prj", "cpg"}) {
      Path file = folder.resolve(base + "." + extension);
      if (Files.exists(file)) {
        try {
          entries.put(prefix + base + "." + extension, Files.readAllBytes(file));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return entries;
  }
}
