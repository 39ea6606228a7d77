package parcelatlas.importer;

import parcelatlas.domain.ErrorCode;
import parcelatlas.domain.BadInput;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import parcelatlas.catalog.Field;
import parcelatlas.catalog.Layer;
import parcelatlas.io.BadInputException;

/**
 * Which source field feeds which portal field. A mapping file is a UTF-8 properties file of lines
 * {@code source field = portal field}; it is laid over the layer's default mapping
 * ({@code /mappings/LAYER.properties}), and a source field named like a portal field maps to it.
 * A line with nothing after the {@code =} ({@code level =}) leaves that source field out, also
 * one named like a portal field. Choices made on the import page are laid over both; there too
 * an empty portal field means "ignore this source field".
 */
public final class FieldMapping {
  private final Layer layer;
  private final Map<String, String> sourceToPortal;
  private final Set<String> constants;

  private FieldMapping(Layer layer, Map<String, String> sourceToPortal) {
    this(layer, sourceToPortal, Set.of());
  }

  private FieldMapping(Layer layer, Map<String, String> sourceToPortal, Set<String> constants) {
    this.layer = layer;
    this.sourceToPortal = sourceToPortal;
    this.constants = Set.copyOf(constants);
  }

  /**
   * A copy in which the portal fields {@code constantFields} get a constant value (chosen on the
   * import page): they count as fed, and a source field mapped to one of them is ignored.
   */
  public FieldMapping withConstants(Set<String> constantFields) {
    return new FieldMapping(layer, sourceToPortal, constantFields);
  }

  /** The layer's default mapping, overlaid with {@code file} when it is not null. */
  public static FieldMapping load(Layer layer, Path file) {
    Map<String, String> mapping = new LinkedHashMap<>();
    String resource = "/mappings/" + layer.id() + ".properties";
    try (InputStream in = FieldMapping.class.getResourceAsStream(resource)) {
      read(layer, resource, new InputStreamReader(in, StandardCharsets.UTF_8), mapping);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
    if (file != null) {
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        read(layer, file.getFileName().toString(), reader, mapping);
      } catch (IOException e) {
        throw BadInputException.ofFile(file.getFileName().toString(), "cannot read the mapping file: " + e.getMessage());
      }
    }
    return new FieldMapping(layer, mapping);
  }

  /**
   * A copy with {@code choices} (source field → portal field, or "" to ignore the source field)
   * laid over this mapping.
   *
   * @throws IllegalArgumentException naming the choice when its portal field is not the layer's
   */
  public FieldMapping withChoices(Map<String, String> choices) {
    Map<String, String> mapping = new LinkedHashMap<>(sourceToPortal);
    for (Map.Entry<String, String> choice : choices.entrySet()) {
      String portal = choice.getValue() == null ? "" : choice.getValue().strip();
      if (!portal.isEmpty() && layer.field(portal).isEmpty()) {
        throw new BadInput(ErrorCode.MAPPING_UNKNOWN_FIELD, "mapping: '" + choice.getKey() + "' is mapped to '"
            + portal + "', which the " + layer.id() + " layer does not have; its fields are: " + fieldList(layer),
            "source", choice.getKey(), "value", portal, "layer", layer.id());
      }
      mapping.put(choice.getKey().strip(), portal);
    }
    return new FieldMapping(layer, mapping, constants);
  }

  /**
   * Where each source field would go, without checking anything: source field → portal field,
   * or null when it feeds nothing. For showing a mapping; {@link #resolve} is the one that
   * refuses.
   */
  public Map<String, String> describe(List<String> sourceFields) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String source : sourceFields) {
      out.put(source, portalFor(source));
    }
    return out;
  }

  private String portalFor(String source) {
    String portal = sourceToPortal.getOrDefault(source, layer.field(source).map(Field::name).orElse(null));
    return portal == null || portal.isEmpty() || constants.contains(portal) ? null : portal;
  }

  private static void read(Layer layer, String name, Reader reader, Map<String, String> into) throws IOException {
    Properties properties = new Properties();
    properties.load(reader);
    for (String source : properties.stringPropertyNames().stream().sorted().toList()) {
      String portal = properties.getProperty(source).strip();
      if (!portal.isEmpty() && layer.field(portal).isEmpty()) {
        throw BadInputException.ofFile(name, "maps '" + source + "' to '" + portal
            + "', which the " + layer.id() + " layer does not have; its fields are: " + fieldList(layer));
      }
      into.put(source.strip(), portal);
    }
  }

  /**
   * Resolves the file's fields: portal field → source field. Source fields that feed nothing are
   * returned through {@code ignored}.
   *
   * @throws ImportFailedException listing every required field that nothing feeds, all at once
   */
  public Map<String, String> resolve(String fileName, List<String> sourceFields, List<String> ignored) {
    Map<String, String> portalToSource = new LinkedHashMap<>();
    for (String source : sourceFields) {
      String portal = portalFor(source);
      if (portal == null) {
        ignored.add(source);
      } else if (portalToSource.containsKey(portal)) {
        throw BadInputException.ofFile(fileName, "fields '" + portalToSource.get(portal) + "' and '"
            + source + "' both map to '" + portal + "'; drop one from the mapping");
      } else {
        portalToSource.put(portal, source);
      }
    }
    List<BadInputException> missing = new ArrayList<>();
    for (Field field : layer.fields()) {
      if (field.required() && !portalToSource.containsKey(field.name()) && !constants.contains(field.name())) {
        missing.add(new BadInputException(ErrorCode.REQUIRED_FIELD_MISSING, fileName, null, field.name(),
            "no field maps to the required field '" + field.name() + "'" + aliasHint(field.name())
            + "; add a line 'SOURCE FIELD = " + field.name() + "' to a --mapping file", null));
      }
    }
    if (!missing.isEmpty()) {
      throw new ImportFailedException(missing);
    }
    return portalToSource;
  }

  private String aliasHint(String portal) {
    List<String> aliases = sourceToPortal.entrySet().stream()
        .filter(e -> e.getValue().equals(portal)).map(Map.Entry::getKey).toList();
    return aliases.isEmpty() ? "" : " (expected e.g. " + String.join(", ", aliases) + ")";
  }

  private static String fieldList(Layer layer) {
    return String.join(", ", layer.fields().stream().map(Field::name).toList());
  }
}
