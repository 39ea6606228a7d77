package parcelatlas.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The shapefiles (.shp) and GeoJSON files (.geojson, .json) in a folder and its subfolders,
 * extensions in any case, sorted by path. Hidden files, macOS resource forks ({@code ._x.shp})
 * and {@code __MACOSX} folders are ignored, so a zip made on a Mac holds one shapefile, not two.
 *
 * @param shapefiles the .shp files found
 * @param geoJson the GeoJSON files found
 */
record FolderContents(List<Path> shapefiles, List<Path> geoJson) {
  private static final int MAX_DEPTH = 8;

  static FolderContents scan(Path folder) throws IOException {
    List<Path> shapefiles = new ArrayList<>();
    List<Path> geoJson = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(folder, MAX_DEPTH)) {
      walk.filter(Files::isRegularFile).filter(p -> !ignored(folder.relativize(p))).sorted()
          .forEach(p -> {
            String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".shp")) {
              shapefiles.add(p);
            } else if (name.endsWith(".geojson") || name.endsWith(".json")) {
              geoJson.add(p);
            }
          });
    }
    return new FolderContents(List.copyOf(shapefiles), List.copyOf(geoJson));
  }

  private static boolean ignored(Path relative) {
    for (Path part : relative) {
      String name = part.toString();
      if (name.startsWith(".") || name.equals("__MACOSX")) {
        return true;
      }
    }
    return false;
  }
}
