package parcelatlas.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.locationtech.jts.geom.Geometry;
import parcelatlas.io.shapefile.ShapeType;

/**
 * Writes the demo data of the fictional city 青岚市 into a folder: five layers as GBK shapefiles
 * in EPSG:4527 and as WGS84 GeoJSON, four CSV tables and a README. Everything derives from one
 * fixed seed and no clock, locale or hash order, so writing twice gives byte-identical files.
 * Existing files of the same names are overwritten; other files in the folder are left alone.
 */
public final class DemoGenerator {
  private DemoGenerator() {}

  /** Generates the city and writes all files into {@code outDir}, creating it if needed. */
  public static void generate(Path outDir) {
    DemoCity city = DemoCity.generate();
    try {
      Files.createDirectories(outDir);
      LayerFiles<DemoPark> parks = new LayerFiles<>("parks", ShapeType.POLYGON,
          LayerColumns.parks(), p -> (Geometry) p.boundary(), DemoPark::code);
      parks.writeShapefile(outDir, city.parks(), true);
      parks.writeGeoJson(outDir, city.parks());
      LayerFiles<DemoParcel> parcels = new LayerFiles<>("parcels", ShapeType.POLYGON,
          LayerColumns.parcels(), DemoParcel::geometry, DemoParcel::code);
      parcels.writeShapefile(outDir, city.parcels(), false);
      parcels.writeGeoJson(outDir, city.parcels());
      LayerFiles<DemoProject> projects = new LayerFiles<>("projects", ShapeType.POINT,
          LayerColumns.projects(), p -> (Geometry) p.location(), DemoProject::code);
      projects.writeShapefile(outDir, city.projects(), false);
      projects.writeGeoJson(outDir, city.projects());
      LayerFiles<DemoZone> zones = new LayerFiles<>("demolition_zones", ShapeType.POLYGON,
          LayerColumns.zones(), z -> (Geometry) z.geometry(), DemoZone::code);
      zones.writeShapefile(outDir, city.zones(), true);
      zones.writeGeoJson(outDir, city.zones());
      LayerFiles<DemoContextPoint> context = new LayerFiles<>("context_points", ShapeType.POINT,
          LayerColumns.context(), p -> (Geometry) p.location(), DemoContextPoint::code);
      context.writeShapefile(outDir, city.contextPoints(), true);
      context.writeGeoJson(outDir, city.contextPoints());
      CsvFiles.writeAll(outDir, city);
      Files.writeString(outDir.resolve("README.md"), ReadmeText.of(city), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the demo data into " + outDir, e);
    }
  }

  /** {@code DemoGenerator [outDir]}; the folder defaults to {@code data/demo}. */
  public static void main(String[] args) {
    Path outDir = Path.of(args.length > 0 ? args[0] : "data/demo");
    generate(outDir);
    System.out.println("demo data written to " + outDir.toAbsolutePath().normalize());
  }
}
