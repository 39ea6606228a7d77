package parcelatlas.investor;

import parcelatlas.storage.Storage;

/** Adds copies of the demo's parcels to a test database, to make the tables larger than the demo. */
public final class ExtraParcels {
  private static final String COLUMNS = "park_code, land_use, status, far_min, far_max, building_density_pct,"
      + " green_ratio_pct, height_limit_m, price_wan_per_mu, invest_intensity_wan_per_mu, tax_wan_per_mu, industry,"
      + " available_date, has_road, has_water, has_power, has_drainage, has_gas, has_telecom, has_heating,"
      + " site_levelled, industry_codes, area_m2, geom, source_crs, source_file, source_record";

  private ExtraParcels() {}

  /** {@code copies} land-ready copies of every demo parcel as it is, codes prefixed {@code X<n>-}. */
  public static void landReady(Storage storage, int copies) {
    insert(storage, copies, COLUMNS.replace("status,", "'available',"));
  }

  /**
   * {@code copies} land-ready copies of every demo parcel that lose on every matching criterion:
   * residential, 1 m height limit, no services, priced out of reach, 50 times larger.
   */
  public static void unfit(Storage storage, int copies) {
    insert(storage, copies, "park_code, 'R', 'available', far_min, far_max, building_density_pct, green_ratio_pct,"
        + " 1, 99999, invest_intensity_wan_per_mu, tax_wan_per_mu, '住宅', available_date,"
        + " FALSE, FALSE, FALSE, FALSE, FALSE, FALSE, FALSE, FALSE, '', area_m2 * 50, geom, source_crs, source_file, source_record");
  }

  private static void insert(Storage storage, int copies, String values) {
    storage.inTransaction(c -> {
      for (int copy = 1; copy <= copies; copy++) {
        try (var s = c.prepareStatement("INSERT INTO parcels (code, " + COLUMNS + ") SELECT ? || code, " + values
            + " FROM parcels WHERE code NOT LIKE 'X%'")) {
          s.setString(1, "X" + copy + "-");
          s.executeUpdate();
        }
      }
      return null;
    });
  }
}
