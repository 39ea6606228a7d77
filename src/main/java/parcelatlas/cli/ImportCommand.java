package parcelatlas.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import parcelatlas.catalog.Layer;
import parcelatlas.geo.Crs;
import parcelatlas.importer.ImportOptions;
import parcelatlas.importer.ImportReport;
import parcelatlas.importer.LayerImporter;
import parcelatlas.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Import a layer from a shapefile (folder, .zip or .shp) or GeoJSON, all or nothing."
        + " Exit status 0 only when the import landed (or, with --dry-run, would land).")
final class ImportCommand implements Callable<Integer> {
  @Option(names = "--layer", required = true, paramLabel = "LAYER",
      description = "parks | parcels | projects | demolition-zones | context-points")
  String layer;

  @Parameters(paramLabel = "FILE", description = "the shapefile (folder, .zip or .shp) or .geojson")
  Path file;

  @Option(names = "--crs", paramLabel = "EPSG:n",
      description = "the source CRS, overriding the .prj; GCJ-02 for data digitised on Amap, Tencent and other Chinese web maps")
  String crs;

  @Option(names = "--encoding", paramLabel = "NAME", description = "DBF text encoding: GBK, GB18030, UTF-8, …")
  String encoding;

  @Option(names = "--mapping", paramLabel = "FILE", description = "field mapping: lines 'source field = portal field'")
  Path mapping;

  @Option(names = "--dry-run", description = "check and report without writing")
  boolean dryRun;

  @Mixin
  DatabaseOption database = new DatabaseOption();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Layer target = Layer.byId(layer).orElseThrow(() -> new IllegalArgumentException("unknown layer '" + layer
        + "'; use one of " + Arrays.stream(Layer.values()).map(Layer::id).toList()));
    ImportOptions options = ImportOptions.of(target, file)
        .withCrs(crs == null ? null : Crs.parseSource(crs))
        .withEncoding(charset())
        .withMapping(mapping)
        .withDryRun(dryRun)
        .withProgress(ProgressBar.forTerminal(file.getFileName().toString()));
    try (Storage storage = DatabaseOption.openForCommand(database.config(System.getenv()))) {
      ImportReport report = LayerImporter.run(storage, options);
      spec.commandLine().getOut().print(report.summary());
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  private Charset charset() {
    if (encoding == null) {
      return null;
    }
    try {
      return Charset.forName(encoding);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new IllegalArgumentException("unknown encoding '" + encoding + "'; e.g. GBK, GB18030, UTF-8");
    }
  }
}
