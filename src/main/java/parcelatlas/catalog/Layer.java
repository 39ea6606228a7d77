package parcelatlas.catalog;

import static parcelatlas.catalog.Field.bool;
import static parcelatlas.catalog.Field.code;
import static parcelatlas.catalog.Field.date;
import static parcelatlas.catalog.Field.integer;
import static parcelatlas.catalog.Field.links;
import static parcelatlas.catalog.Field.number;
import static parcelatlas.catalog.Field.text;

import java.util.List;
import java.util.Optional;
import parcelatlas.domain.ContextKind;
import parcelatlas.domain.LandUse;
import parcelatlas.domain.ParcelStatus;
import parcelatlas.domain.ParkLevel;
import parcelatlas.domain.ProjectLevel;
import parcelatlas.domain.ProjectStage;

/**
 * The layers the portal imports and serves. Each has a unique {@code code} field by which
 * re-imports update features, and a table with the same columns as its fields plus {@code id},
 * {@code geom}, {@code area_m2} (polygons) and the source columns.
 */
public enum Layer {
  PARKS(
      "parks", "parks", "园区", "Parks", GeometryKind.POLYGON,
      List.of(
          text("code").asRequired(), text("name").asRequired(), text("name_en"),
          code("level", ParkLevel.class), text("leading_industries"), number("planned_area_km2"),
          text("contact_person"), text("contact_phone"), text("address"), text("summary"),
          text("address_en"), text("contact_en"), text("summary_en"))),
  PARCELS(
      "parcels", "parcels", "地块", "Parcels", GeometryKind.POLYGON,
      List.of(
          text("code").asRequired(), text("park_code"),
          code("land_use", LandUse.class).asRequired(), code("status", ParcelStatus.class).asRequired(),
          number("far_min"), number("far_max"), number("building_density_pct"),
          number("green_ratio_pct"), number("height_limit_m"), number("price_wan_per_mu"),
          number("invest_intensity_wan_per_mu"), number("tax_wan_per_mu"), text("industry"),
          date("available_date"), bool("has_road"), bool("has_water"), bool("has_power"),
          bool("has_drainage"), bool("has_gas"), bool("has_telecom"), bool("has_heating"),
          bool("site_levelled"), text("internal_note").asInternal(), text("industry_en"))),
  PROJECTS(
      "projects", "projects", "重点项目", "Key projects", GeometryKind.POINT,
      List.of(
          text("code").asRequired(), text("name").asRequired(), text("investor"), text("industry"),
          code("level", ProjectLevel.class), code("stage", ProjectStage.class).asRequired(),
          number("total_investment_wan"), number("planned_investment_year_wan"),
          text("park_code"), text("township"), text("leader"), text("responsible_unit"),
          date("planned_start_date"), date("planned_completion_date"),
          date("planned_production_date"), links("parcel_codes"), links("zone_codes"))),
  DEMOLITION_ZONES(
      "demolition-zones", "demolition_zones", "征收片区", "Demolition zones", GeometryKind.POLYGON,
      List.of(
          text("code").asRequired(), text("name").asRequired(), text("township").asRequired(),
          integer("target_households"), number("target_floor_area_m2"), date("deadline"),
          number("penalty_wan_per_month"), text("leader"), text("responsible_unit"))),
  /** Location context (区位要素): highway exits, rail freight stations, ports, airports, substations, water works. */
  CONTEXT_POINTS(
      "context-points", "context_points", "区位要素", "Location context", GeometryKind.POINT,
      List.of(
          text("code").asRequired(), text("name").asRequired(), text("name_en"),
          code("kind", ContextKind.class).asRequired()));

  private final String id;
  private final String table;
  private final String titleZh;
  private final String titleEn;
  private final GeometryKind geometry;
  private final List<Field> fields;

  Layer(String id, String table, String titleZh, String titleEn, GeometryKind geometry, List<Field> fields) {
    this.id = id;
    this.table = table;
    this.titleZh = titleZh;
    this.titleEn = titleEn;
    this.geometry = geometry;
    this.fields = fields;
  }

  /** The id used on the command line and in URLs, e.g. {@code demolition-zones}. */
  public String id() {
    return id;
  }

  public String table() {
    return table;
  }

  public String titleZh() {
    return titleZh;
  }

  public String titleEn() {
    return titleEn;
  }

  public GeometryKind geometry() {
    return geometry;
  }

  public List<Field> fields() {
    return fields;
  }

  public List<Field> columns() {
    return fields.stream().filter(Field::isColumn).toList();
  }

  public Optional<Field> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  public static Optional<Layer> byId(String id) {
    for (Layer layer : values()) {
      if (layer.id.equals(id)) {
        return Optional.of(layer);
      }
    }
    return Optional.empty();
  }
}
