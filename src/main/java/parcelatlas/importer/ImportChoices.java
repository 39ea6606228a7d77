package parcelatlas.importer;

import parcelatlas.domain.ErrorCode;
import parcelatlas.domain.BadInput;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import parcelatlas.catalog.Layer;
import parcelatlas.geo.Crs;
import parcelatlas.geo.UnknownCrsException;

/**
 * What a planner chose for an uploaded file: the target layer and, where the file's own answer
 * should be overridden, the CRS, the DBF encoding and field mapping choices (source field →
 * portal field, "" to ignore the source field).
 *
 * @param crs null to read it from the file
 * @param encoding null to detect it
 */
public record ImportChoices(Layer layer, Crs crs, Charset encoding, Map<String, String> mapping) {

  public ImportChoices {
    mapping = Map.copyOf(mapping);
  }

  /**
   * Parses the choices as a request states them; blank strings mean "not chosen".
   *
   * @throws BadInput naming the parameter that is wrong
   */
  public static ImportChoices parse(String layer, String crs, String encoding, Map<String, String> mapping) {
    if (layer == null || layer.isBlank()) {
      throw new BadInput(ErrorCode.LAYER_UNKNOWN, "layer is required; use one of " + layerIds(),
          "value", "", "allowed", layerIds());
    }
    Layer target = Layer.byId(layer.strip()).orElseThrow(() -> new BadInput(ErrorCode.LAYER_UNKNOWN,
        "layer: unknown layer '" + layer + "'; use one of " + layerIds(), "value", layer, "allowed", layerIds()));
    Map<String, String> choices = new LinkedHashMap<>();
    mapping.forEach((source, portal) -> choices.put(source, portal == null ? "" : portal));
    FieldMapping.load(target, null).withChoices(choices);
    return new ImportChoices(target, crs(crs), charset(encoding), choices);
  }

  /** Import options for the staged file, run as {@code actor}. */
  public ImportOptions options(Path file, String actor) {
    return ImportOptions.of(layer, file).withCrs(crs).withEncoding(encoding).withMappingChoices(mapping)
        .withActor(actor);
  }

  private static Crs crs(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Crs.parseSource(text);
    } catch (UnknownCrsException e) {
      throw new BadInput(ErrorCode.CRS_UNSUPPORTED, "crs: " + e.getMessage(), "field", "crs", "value", text);
    }
  }

  private static Charset charset(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Charset.forName(name.strip());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new BadInput(ErrorCode.ENCODING_UNKNOWN, "encoding: unknown encoding '" + name
          + "'; e.g. GBK, GB18030, UTF-8", "value", name);
    }
  }

  private static String layerIds() {
    return Arrays.stream(Layer.values()).map(Layer::id).toList().toString();
  }
}
