package parcelatlas.export;

import parcelatlas.domain.ErrorCode;
import parcelatlas.domain.BadInput;

import java.util.ArrayList;
import java.util.List;
import parcelatlas.features.FeatureReader;
import parcelatlas.features.RowFilter;

/**
 * The area options of an export, the same for the API and the command line: {@code park} (a park
 * code: features intersecting its boundary) and {@code within} (a drawn GeoJSON polygon, see
 * {@link DrawnPolygon}). Both may be given; a feature must then meet both. Park boundaries are
 * public, so anyone may export by park; which rows they get is still the viewer's business.
 *
 * @param filters the conditions, empty when no area was asked for
 * @param notes what the caller should be told, such as a repaired polygon
 */
public record ExportArea(List<RowFilter> filters, List<String> notes) {
  public static final ExportArea NONE = new ExportArea(List.of(), List.of());

  public ExportArea {
    filters = List.copyOf(filters);
    notes = List.copyOf(notes);
  }

  /**
   * Parses the options (null or blank: not given). An unknown park code or a bad polygon is an
   * {@link BadInput} naming the option and the value.
   */
  public static ExportArea parse(FeatureReader reader, String park, String within) {
    List<RowFilter> filters = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    if (park != null && !park.isBlank()) {
      String code = park.strip();
      if (reader.number("SELECT COUNT(*) FROM parks WHERE code = ?", List.of(code)) == 0) {
        throw new BadInput(ErrorCode.UNKNOWN_PARK, "park: there is no park with the code '" + code + "'",
            "field", "park", "value", code);
      }
      filters.add(RowFilter.park(code));
    }
    if (within != null && !within.isBlank()) {
      DrawnPolygon polygon = DrawnPolygon.parse(within);
      polygon.repair().ifPresent(notes::add);
      filters.add(RowFilter.intersects(polygon.geometry()));
    }
    return new ExportArea(filters, notes);
  }
}
