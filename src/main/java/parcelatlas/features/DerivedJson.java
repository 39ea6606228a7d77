package parcelatlas.features;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import parcelatlas.industry.CategoryNames;

/**
 * The derived values {@link FeatureJsonRows} writes after a row's stored properties: the ones
 * {@link Derived#add} puts there, in its order, by its rules (areas in mu and hectares, the English
 * catalogue names of the industry text, a demolition zone's percentages and whether it is overdue).
 * It reads the row's values where the rows writer keeps them (the arrays given, filled per row).
 */
final class DerivedJson {
  private static final SerializedString AREA_MU = new SerializedString("area_mu");
  private static final SerializedString AREA_HA = new SerializedString("area_ha");
  private static final SerializedString INDUSTRY_EN = new SerializedString("industry_catalogue_en");
  private static final SerializedString LEADING_EN = new SerializedString("leading_industries_catalogue_en");
  private static final SerializedString SIGNED_PCT = new SerializedString("signed_pct");
  private static final SerializedString DEMOLISHED_PCT = new SerializedString("demolished_pct");
  private static final SerializedString CLEARED_PCT = new SerializedString("cleared_pct");
  private static final SerializedString OVERDUE = new SerializedString("overdue");

  private final ServedCollection collection;
  private final List<Property> properties;
  private final int areaM2;
  private final int industry;
  private final LocalDate today;
  private final double[] numbers;
  private final Object[] objects;
  private final boolean[] nulls;
  private final DecimalJson decimals;

  /**
   * For rows of {@code collection}: {@code areaM2} and {@code industry} are the properties' indexes
   * ({@link RowsLayout}; -1: none); the current row's values are in {@code numbers} (numbers, booleans
   * as 0/1), {@code objects} (the industry text, dates) and {@code nulls}, by property index.
   */
  DerivedJson(ServedCollection collection, int areaM2, int industry, LocalDate today, double[] numbers,
      Object[] objects, boolean[] nulls, DecimalJson decimals) {
    this.collection = collection;
    this.properties = collection.properties();
    this.areaM2 = areaM2;
    this.industry = industry;
    this.today = today;
    this.numbers = numbers;
    this.objects = objects;
    this.nulls = nulls;
    this.decimals = decimals;
  }

  /** Writes the current row's derived values as members of the open properties object. */
  void write(JsonGenerator g) throws IOException {
    if (areaM2 >= 0 && !nulls[areaM2]) {
      g.writeFieldName(AREA_MU);
      decimals.write(g, Derived.areaMu(numbers[areaM2]));
      g.writeFieldName(AREA_HA);
      decimals.write(g, Derived.areaHa(numbers[areaM2]));
    }
    if (industry >= 0) {
      g.writeFieldName(collection == ServedCollection.PARCELS ? INDUSTRY_EN : LEADING_EN);
      SerializedString names = CategoryNames.englishJson((String) objects[industry]);
      if (names == null) {
        g.writeNull();
      } else {
        g.writeString(names);
      }
    }
    if (collection == ServedCollection.DEMOLITION_ZONES) {
      Double target = number("target_households");
      Double area = number("target_floor_area_m2");
      g.writeFieldName(SIGNED_PCT);
      decimals.write(g, Derived.percent(number("signed_households"), target));
      g.writeFieldName(DEMOLISHED_PCT);
      decimals.write(g, Derived.percent(number("demolished_households"), target));
      g.writeFieldName(CLEARED_PCT);
      decimals.write(g, Derived.percent(number("cleared_area_m2"), area));
      int deadline = index("deadline");
      g.writeFieldName(OVERDUE);
      g.writeBoolean(Derived.overdue(deadline < 0 ? null : (LocalDate) objects[deadline], number("demolished_households"),
          target, number("cleared_area_m2"), area, today));
    }
  }

  private Double number(String name) {
    int i = index(name);
    return i < 0 || nulls[i] ? null : numbers[i];
  }

  private int index(String name) {
    return RowsLayout.index(properties, name);
  }
}
