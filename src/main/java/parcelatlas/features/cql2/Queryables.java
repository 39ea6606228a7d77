package parcelatlas.features.cql2;

import parcelatlas.domain.ErrorCode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import parcelatlas.catalog.Field;
import parcelatlas.domain.Labelled;
import parcelatlas.features.Property;
import parcelatlas.features.ServedCollection;

/**
 * What a filter or sortby may name: a collection's served properties, plus {@value #GEOMETRY} for
 * S_INTERSECTS, plus the industry categories of parks and parcels ({@link CategoryQueryable}, an
 * array of codes). Internal fields are not served, so they are not queryable either. The JSON Schema
 * ({@link #schema}) lists exactly these, titled with the Chinese field names of the import mappings.
 */
public final class Queryables {
  /** The name of every collection's geometry in filters. */
  public static final String GEOMETRY = "geometry";
  private static final Map<String, String> JOINED_TITLES = Map.of(
      "area_m2", "面积（平方米）", "park_name", "园区名称", "park_name_en", "园区英文名称", "latest_report_date", "最新周报日期",
      "signed_households", "已签约户数", "demolished_households", "已拆除户数", "cleared_area_m2", "已腾空面积（平方米）");

  private Queryables() {}

  /** The served property of this name, if there is one. */
  public static Optional<Property> find(ServedCollection collection, String name) {
    return collection.property(name);
  }

  /** The property of this name or a refusal listing every queryable; {@code what} leads the message. */
  static Property require(ServedCollection collection, String name, String what) {
    return find(collection, name).orElseThrow(() -> new Cql2Exception(ErrorCode.FILTER_UNKNOWN_PROPERTY, what
        + "unknown property '" + name + "' of " + collection.id() + "; queryables: " + names(collection),
        "property", name));
  }

  /** The queryable names, comma-separated, the set-valued one ({@link CategoryQueryable}) and geometry last. */
  public static String names(ServedCollection collection) {
    return collection.properties().stream().map(Property::name).collect(Collectors.joining(", "))
        + CategoryQueryable.of(collection).map(c -> ", " + c.name()).orElse("") + ", " + GEOMETRY;
  }

  /** A JSON Schema (2020-12) of the collection's queryables, ready for a JSON writer. */
  public static Map<String, Object> schema(ServedCollection collection, String id) {
    Map<String, String> titles = titles(collection);
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(GEOMETRY, Map.of("title", "几何 geometry", "format",
        collection.layer().geometry() == parcelatlas.catalog.GeometryKind.POINT ? "geometry-point" : "geometry-any"));
    for (Property p : collection.properties()) {
      Map<String, Object> schema = new LinkedHashMap<>();
      schema.put("title", titles.getOrDefault(p.name(), p.name()));
      switch (p.kind()) {
        case INTEGER -> schema.put("type", "integer");
        case NUMBER -> schema.put("type", "number");
        case BOOLEAN -> schema.put("type", "boolean");
        case DATE -> {
          schema.put("type", "string");
          schema.put("format", "date");
        }
        default -> schema.put("type", "string");
      }
      codes(collection, p.name()).ifPresent(codes -> schema.put("enum", codes));
      properties.put(p.name(), schema);
    }
    CategoryQueryable.of(collection).ifPresent(c -> properties.put(c.name(), c.schema()));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    body.put("$id", id);
    body.put("type", "object");
    body.put("title", collection.layer().titleZh() + " " + collection.layer().titleEn());
    body.put("properties", properties);
    body.put("additionalProperties", false);
    return body;
  }

  private static Optional<List<String>> codes(ServedCollection collection, String name) {
    return collection.layer().field(name).map(Field::codes).filter(c -> c != null && c.isEnum())
        .map(c -> Arrays.stream(c.getEnumConstants()).map(Labelled::code).toList());
  }

  /** Portal field → Chinese title: the joined properties', then the default import mapping's ({@link FieldTitles}). */
  private static Map<String, String> titles(ServedCollection collection) {
    Map<String, String> titles = new LinkedHashMap<>(JOINED_TITLES);
    FieldTitles.of(collection.id()).forEach(titles::putIfAbsent);
    return titles;
  }
}
