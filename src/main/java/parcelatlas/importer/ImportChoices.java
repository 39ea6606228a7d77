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
import parcelatlas.catalog.Field;
import parcelatlas.catalog.Layer;
import parcelatlas.domain.PlainText;
import parcelatlas.geo.Crs;
import parcelatlas.geo.UnknownCrsException;

/**
 * What a planner chose for an uploaded file: the target layer and, where the file's own answer
 * should be overridden, the CRS, the DBF encoding and field mapping choices (source field →
 * portal field, "" to ignore the source field).
 *
 * @param crs null to read it from the file
 * @param encoding null to detect it
 * @param constants portal field → one value every record gets (checked as a file's value would be)
 */
public record ImportChoices(Layer layer, Crs crs, Charset encoding, Map<String, String> mapping,
    Map<String, String> constants) {
  /** The longest constant value accepted. */
  public static final int MAX_CONSTANT_CHARS = 500;

  public ImportChoices {
    mapping = Map.copyOf(mapping);
    constants = Map.copyOf(constants);
  }

  /** As {@link #parse(String, String, String, Map, Map)} without constants. */
  public static ImportChoices parse(String layer, String crs, String encoding, Map<String, String> mapping) {
    return parse(layer, crs, encoding, mapping, Map.of());
  }

  /**
   * Parses the choices as a request states them; blank strings mean "not chosen".
   *
   * @throws BadInput naming the parameter that is wrong
   */
  public static ImportChoices parse(String layer, String crs, String encoding, Map<String, String> mapping,
      Map<String, String> constants) {
    if (layer == null || layer.isBlank()) {
      throw new BadInput(ErrorCode.LAYER_UNKNOWN, "layer is required; use one of " + layerIds(),
          "value", "", "allowed", layerIds());
    }
    Layer target = Layer.byId(layer.strip()).orElseThrow(() -> new BadInput(ErrorCode.LAYER_UNKNOWN,
        "layer: unknown layer '" + layer + "'; use one of " + layerIds(), "value", layer, "allowed", layerIds()));
    Map<String, String> choices = new LinkedHashMap<>();
    mapping.forEach((source, portal) -> choices.put(source, portal == null ? "" : portal));
    FieldMapping.load(target, null).withChoices(choices);
    return new ImportChoices(target, crs(crs), charset(encoding), choices, constants(target, constants));
  }

  /** Import options for the staged file, run as {@code actor}. */
  public ImportOptions options(Path file, String actor) {
    return ImportOptions.of(layer, file).withCrs(crs).withEncoding(encoding).withMappingChoices(mapping)
        .withActor(actor).withConstants(constants);
  }

  /**
   * The constants that are set (a blank one is not), each checked by the rules a file's value
   * meets: a field of the layer, plain text of at most {@link #MAX_CONSTANT_CHARS} characters,
   * readable as the field's kind (a number, a date, one of its codes, …).
   */
  private static Map<String, String> constants(Layer layer, Map<String, String> given) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : given.entrySet()) {
      String name = entry.getKey();
      Field field = layer.field(name).orElseThrow(() -> new BadInput(ErrorCode.CONSTANT_UNKNOWN_FIELD,
          "constants: the " + layer.id() + " layer has no field '" + name + "'", "field", name, "layer", layer.id()));
      String value = entry.getValue() == null ? "" : entry.getValue().strip();
      if (value.isEmpty()) {
        continue;
      }
      if (value.length() > MAX_CONSTANT_CHARS) {
        throw new BadInput(ErrorCode.CONSTANT_INVALID, "constants." + name + ": at most " + MAX_CONSTANT_CHARS
            + " characters", "field", name, "value", value.substring(0, 40) + "…");
      }
      PlainText.require("constants." + name, value, false);
      try {
        ValueParser.parse(field, value);
      } catch (IllegalArgumentException e) {
        throw new BadInput(ErrorCode.CONSTANT_INVALID, "constants." + name + ": " + e.getMessage(),
            "field", name, "value", value);
      }
      out.put(field.name(), value);
    }
    return out;
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
