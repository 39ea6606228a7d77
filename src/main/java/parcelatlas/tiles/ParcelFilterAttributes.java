package parcelatlas.tiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import parcelatlas.industry.IndustryCatalogue;
import parcelatlas.domain.Servicing;

/**
 * The parcel attributes a tile carries so the investor map can fade what the investor filters leave
 * out, by the rule of the investor search (web/js/investor/tile-filter.js mirrors
 * {@code investor/ParcelQuery}): the park ({@code park_code}), the stored area in m² ({@code area_m2},
 * double, compared as the search does with 亩 × 10000/15), the reference price ({@code price_wan_per_mu},
 * absent when unknown), the servicing and the industry categories. MVT has no arrays, so the two
 * lists are strings in the form the database stores categories in: {@code industry_codes} is the
 * stored value itself ({@code ",new_energy,equipment,"}; absent when the parcel has none), and
 * {@code servicing} names the servicing the parcel has, in {@link Servicing#COLUMNS} order
 * ({@code ",road,water,power,"}; absent when none): a filter value {@code v} holds when the string
 * contains {@code ",v,"}. Every one of them comes from a public field of the parcels layer
 * (industry_codes from {@code industry}), so a public tile says nothing the public items do not.
 * The land use and the supply status ({@code status}), which the filters test too, are the layer's
 * style attributes ({@link TileLayer#PARCELS}).
 */
public final class ParcelFilterAttributes {
  /** The attribute holding the servicing names. */
  public static final String SERVICING = "servicing";

  /** How a list attribute is written, for the tileset metadata (attribute name → words). */
  public static final Map<String, String> DESCRIPTIONS = Map.of(
      SERVICING, "The servicing the parcel has (" + String.join(", ", Servicing.COLUMNS.keySet())
          + ") as one string ',road,water,'; a name n is in it when the string contains ',n,'. Absent: none.",
      IndustryCatalogue.COLUMN, "The parcel's industry categories (codes of /api/industries) as the database stores"
          + " them: ',new_energy,equipment,'; a code c is in it when the string contains ',c,'. Absent: none.");


  private ParcelFilterAttributes() {}

  /** The style attributes followed by the filter attributes. */
  static List<TileLayer.Attribute> withStyle(TileLayer.Attribute... style) {
    List<TileLayer.Attribute> all = new ArrayList<>(List.of(style));
    all.add(TileLayer.text("park_code"));
    all.add(new TileLayer.Attribute("area_m2", "number", "t.area_m2", false));
    all.add(new TileLayer.Attribute("price_wan_per_mu", "number", "t.price_wan_per_mu", false));
    all.add(new TileLayer.Attribute(SERVICING, "string", servicingSql(), false));
    all.add(new TileLayer.Attribute(IndustryCatalogue.COLUMN, "string",
        "NULLIF(t." + IndustryCatalogue.COLUMN + ", '')", false));
    return List.copyOf(all);
  }

  /** {@code ",road,water,"} from the boolean columns (identifiers from {@link Servicing#COLUMNS}), NULL for none. */
  static String servicingSql() {
    String parts = Servicing.COLUMNS.entrySet().stream()
        .map(e -> "CASE WHEN t." + e.getValue() + " THEN '" + e.getKey() + ",' ELSE '' END")
        .collect(Collectors.joining(" || "));
    return "NULLIF(',' || " + parts + ", ',')";
  }

  /** The servicing string of a parcel's columns (column name → value), as the tile holds it; null for none. */
  public static String servicing(Map<String, Object> columns) {
    StringBuilder s = new StringBuilder(",");
    Servicing.COLUMNS.forEach((name, column) -> {
      if (Boolean.TRUE.equals(columns.get(column))) {
        s.append(name).append(',');
      }
    });
    return s.length() == 1 ? null : s.toString();
  }
}
