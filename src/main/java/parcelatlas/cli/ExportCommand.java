package parcelatlas.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import parcelatlas.config.AtlasConfig;
import parcelatlas.export.ExportArea;
import parcelatlas.export.ExportOptions;
import parcelatlas.export.ExportRequest;
import parcelatlas.export.Exporter;
import parcelatlas.features.FeatureReader;
import parcelatlas.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export a layer as a zipped Shapefile, GeoPackage, GeoJSON or CSV (WKT) in any supported CRS.")
final class ExportCommand implements Callable<Integer> {
  @Option(names = "--layer", required = true, paramLabel = "LAYER", description = "parks | parcels | projects | demolition-zones | context-points")
  String layer;

  @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "shp | gpkg | geojson | csv")
  String format;

  @Option(names = "--crs", paramLabel = "EPSG:n", description = "target CRS (default EPSG:4326), e.g. EPSG:4527")
  String crs;

  @Option(names = "--encoding", paramLabel = "NAME", description = "Shapefile text encoding: GBK or UTF-8 (default)")
  String encoding;

  @Option(names = "--bbox", paramLabel = "minLon,minLat,maxLon,maxLat", description = "only features intersecting this box")
  String bbox;

  @Option(names = "--park", paramLabel = "CODE", description = "only features intersecting this park's boundary")
  String park;

  @Option(names = "--within", paramLabel = "FILE_OR_JSON",
      description = "only features intersecting this GeoJSON Polygon/MultiPolygon (WGS84): a file, or the JSON itself")
  String within;

  @Option(names = "--filter", paramLabel = "CQL2", description = "only features matching this CQL2 text filter,"
      + " e.g. \"status IN ('available', 'listed') AND area_m2 > 20000\"")
  String filter;

  @Option(names = "--names", paramLabel = "ids|zh", description = "zh: Chinese field names and code labels as the"
      + " import reads them (with the internal fields), so the file imports again without a mapping; default ids")
  String names;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "the file to write")
  Path out;

  @Mixin
  DatabaseOption database = new DatabaseOption();

  @Spec
  CommandSpec spec;

  /** Where the settings come from ({@code ATLAS_*} variables, {@code ATLAS_CONFIG}); tests give their own. */
  Map<String, String> environment = System.getenv();

  @Override
  public Integer call() throws IOException {
    ExportRequest request = ExportOptions.named(ExportOptions.filtered(ExportOptions.parse(layer, format, crs, encoding,
        bbox, false), filter), names, true);
    String polygon = AreaText.read(within);
    AtlasConfig config = database.config(environment);
    try (Storage storage = DatabaseOption.openForCommand(config)) {
      // the .shp's limit as the portal reads it (ShapefileLimits; lower only in tests)
      Exporter exporter = new Exporter(new FeatureReader(storage, ServeCommand.CLOCK),
          Long.parseLong(config.get("export.shp.max.bytes")));
      ExportArea area = exporter.area(park, polygon);
      area.notes().forEach(spec.commandLine().getOut()::println);
      exporter.check(request.within(area)); // before the file is created
      long count;
      try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out))) {
        count = exporter.write(request.within(area), file);
      }
      spec.commandLine().getOut().println("exported " + count + " features of " + layer + " in EPSG:"
          + request.crs().epsg() + " to " + out);
      return 0;
    }
  }
}
