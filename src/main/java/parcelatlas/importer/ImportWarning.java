package parcelatlas.importer;

import java.util.Map;

/**
 * Something an import tells its planner without refusing a record: a stable {@code code} the import
 * page words in the viewer's language from {@code params}, and the English {@code message} the
 * command line prints.
 *
 * <p>Codes: {@code ProjectsRestaged} (params {@code n}), {@code IndustriesUnmapped} ({@code field},
 * {@code records}, {@code texts}: the first texts with their counts, {@code more}: how many other
 * texts), {@code ParksUnknown} ({@code codes}: the first codes, {@code more}).
 */
public record ImportWarning(String code, Map<String, Object> params, String message) {

  public ImportWarning {
    params = Map.copyOf(params);
  }

  @Override
  public String toString() {
    return message;
  }
}
