package parcelatlas.io.shapefile;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the files that belong with a .shp: same folder, same base name, extension in any case
 * ({@code PARCELS.SHP} with {@code parcels.Dbf}). An exact-case match wins over others.
 */
final class Sidecars {
  private Sidecars() {}

  static String baseName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }

  static Optional<Path> find(Path shp, String extension) throws IOException {
    String base = baseName(shp);
    String wanted = (base + "." + extension).toLowerCase(Locale.ROOT);
    Path folder = shp.toAbsolutePath().getParent();
    Path exact = folder.resolve(base + "." + extension);
    if (Files.isRegularFile(exact)) {
      return Optional.of(exact);
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path file : files) {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).equals(wanted)
            && Files.isRegularFile(file)) {
          return Optional.of(file);
        }
      }
    }
    return Optional.empty();
  }
}
