package parcelatlas.io;

import parcelatlas.domain.ErrorCode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import parcelatlas.io.geojson.GeoJsonReader;
import parcelatlas.io.shapefile.ShapefileReader;

/**
 * Opens feature files by what they are: a .shp (siblings found by base name in any case), a
 * folder or .zip holding exactly one shapefile (possibly in a subfolder) or else exactly one
 * GeoJSON file, or a .geojson / .json file. Zips are unpacked safely into a temporary folder
 * that is deleted when the source is closed. Names in messages are the user's: {@code
 * parcels.zip!parcels.shp}, {@code parcels/parcels.shp}, {@code parcels.shp}.
 */
public final class FeatureSources {
  private FeatureSources() {}

  /**
   * Opens a shapefile (a folder holding one, a .zip holding one, or the .shp itself; extensions
   * in any case) or a GeoJSON file (.geojson / .json).
   *
   * @param encodingOverride the DBF charset the user named, or null to detect it; GeoJSON is
   *     always UTF-8 and ignores it
   * @throws BadInputException naming the file when it cannot be opened
   */
  public static FeatureSource open(Path path, Charset encodingOverride) {
    Path fileName = path.getFileName();
    String name = fileName == null ? path.toString() : fileName.toString();
    if (Files.isDirectory(path)) {
      return openInFolder(path, name, name + "/", encodingOverride);
    }
    if (!Files.isRegularFile(path)) {
      throw BadInputException.ofFile(name, "does not exist");
    }
    String extension = extension(name);
    switch (extension) {
      case "shp":
        return ShapefileReader.open(path, encodingOverride, name);
      case "geojson": case "json":
        return GeoJsonReader.open(path, name);
      case "zip":
        return openZip(path, name, encodingOverride);
      case "dbf": case "shx": case "prj": case "cpg":
        throw BadInputException.ofFile(name,
            "is one part of a shapefile; open the .shp, or the folder or .zip holding it");
      default:
        throw BadInputException.ofFile(name, "is not a file type this portal reads ("
            + (extension.isEmpty() ? "no extension" : "." + extension)
            + "); use a shapefile (.shp, a folder or .zip) or GeoJSON (.geojson, .json)");
    }
  }

  /**
   * Unpacks a user's zip into {@code target}, an empty folder the caller owns and deletes, with
   * every safety rule of {@link #open} (zip bombs, entries escaping the folder, …).
   *
   * @param zipName the archive's name as the user knows it, for messages
   * @throws BadInputException naming the archive when it is refused
   */
  public static void unzip(Path zip, String zipName, Path target) {
    SafeUnzip.extractInto(zip, zipName, target);
  }

  private static FeatureSource openZip(Path zip, String name, Charset encodingOverride) {
    Path folder = SafeUnzip.extract(zip, name);
    try {
      return new TempFolderSource(openInFolder(folder, name, name + "!", encodingOverride), folder);
    } catch (RuntimeException e) {
      TempFolder.delete(folder);
      throw e;
    }
  }

  private static FeatureSource openInFolder(Path folder, String name, String prefix,
      Charset encodingOverride) {
    FolderContents contents;
    try {
      contents = FolderContents.scan(folder);
    } catch (IOException e) {
      throw new BadInputException(name, null, null, "cannot be read: " + e.getMessage(), e);
    }
    List<Path> shapefiles = contents.shapefiles();
    List<Path> geoJson = contents.geoJson();
    if (shapefiles.size() == 1) {
      Path shp = shapefiles.get(0);
      return ShapefileReader.open(shp, encodingOverride, prefix + relative(folder, shp));
    }
    if (shapefiles.size() > 1) {
      throw BadInputException.ofFile(name, "holds " + count(shapefiles.size()) + " shapefiles: "
          + list(folder, shapefiles) + "; import them one at a time");
    }
    if (geoJson.size() == 1) {
      Path json = geoJson.get(0);
      return GeoJsonReader.open(json, prefix + relative(folder, json));
    }
    if (geoJson.size() > 1) {
      throw BadInputException.ofFile(name, "holds " + count(geoJson.size()) + " GeoJSON files: "
          + list(folder, geoJson) + "; import them one at a time");
    }
    throw BadInputException.ofFile(ErrorCode.NO_LAYER_IN_FILE, name, "holds no shapefile or GeoJSON");
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String relative(Path folder, Path file) {
    return folder.relativize(file).toString().replace('\\', '/');
  }

  private static String list(Path folder, List<Path> files) {
    return files.stream().map(f -> relative(folder, f)).collect(Collectors.joining(", "));
  }

  private static String count(int n) {
    return n == 2 ? "two" : String.valueOf(n);
  }
}
