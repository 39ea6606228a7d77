package parcelatlas.features.cql2;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import parcelatlas.domain.ErrorCode;
import parcelatlas.features.ServedCollection;
import parcelatlas.industry.IndustryCatalogue;

/**
 * A queryable whose value is a set of codes rather than one value: the industry categories of parks
 * and parcels ({@value IndustryCatalogue#COLUMN}, stored as {@link IndustryCatalogue#stored}). Filters
 * test it with the CQL2 array functions ({@link ArrayPredicates}); a query parameter
 * {@code ?industry_codes=new_energy} means "has this category". Values come only from the catalogue.
 */
record CategoryQueryable(String name, String column, String titleZh, List<String> allowed) {

  /** The set-valued queryable of this name in the collection, if there is one. */
  static Optional<CategoryQueryable> find(ServedCollection collection, String name) {
    return IndustryCatalogue.COLUMN.equals(name) ? of(collection) : Optional.empty();
  }

  /** The collection's set-valued queryable: parks and parcels have their industry categories. */
  static Optional<CategoryQueryable> of(ServedCollection collection) {
    String title = switch (collection) {
      case PARKS -> "主导产业类别";
      case PARCELS -> "产业类别";
      default -> null;
    };
    return title == null ? Optional.empty() : Optional.of(new CategoryQueryable(IndustryCatalogue.COLUMN,
        "t." + IndustryCatalogue.COLUMN, title, IndustryCatalogue.get().codes()));
  }

  /**
   * The code, checked against the allow-list; a refusal names the property and the value, led by
   * {@code where} (e.g. "filter: at character 24, ").
   */
  String require(String code, String where) {
    if (!allowed.contains(code)) {
      throw new Cql2Exception(ErrorCode.FILTER_UNKNOWN_VALUE, where + "'" + code + "' is not a category of "
          + name + "; the categories are " + String.join(", ", allowed), "property", name, "value", code);
    }
    return code;
  }

  /** The stored value holds this (allowed) code: a LIKE the trigram index on the column can serve. */
  String hasSql() {
    return column + " LIKE ? ESCAPE '!'";
  }

  /** The parameter of {@link #hasSql} for an allowed code. */
  static Object hasParam(String code) {
    return IndustryCatalogue.likePattern(code);
  }

  /** The stored value of exactly these codes (catalogue order, no repeats), for A_EQUALS. */
  String storedExactly(List<String> codes) {
    return IndustryCatalogue.stored(allowed.stream().filter(codes::contains).toList());
  }

  /** Its JSON Schema: an array of the catalogue's codes. */
  Map<String, Object> schema() {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("title", titleZh);
    schema.put("type", "array");
    schema.put("items", Map.of("type", "string", "enum", allowed));
    schema.put("uniqueItems", true);
    return schema;
  }
}
