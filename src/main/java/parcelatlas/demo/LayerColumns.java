package parcelatlas.demo;

import java.util.List;

/**
 * The columns of the four layers, in the order of the default mappings in
 * {@code src/main/resources/mappings}. Shapefiles carry Chinese labels for levels, statuses and
 * stages (as an office would write them) and land-use codes (M1, W…); GeoJSON carries the portal
 * codes. Empty code lists are null in both.
 */
final class LayerColumns {
  private LayerColumns() {}

  static List<LayerColumn<DemoPark>> parks() {
    return List.of(
        LayerColumn.text("园区编号", "code", DemoPark::code),
        LayerColumn.text("园区名称", "name", p -> p.spec().name()),
        LayerColumn.text("英文名称", "name_en", p -> p.spec().nameEn()),
        LayerColumn.label("园区级别", "level", p -> p.spec().level().zh(),
            p -> p.spec().level().code()),
        LayerColumn.text("主导产业", "leading_industries", p -> p.spec().leadingIndustries()),
        LayerColumn.number("规划面积", "planned_area_km2", 8, 2, p -> p.spec().areaKm2()),
        LayerColumn.text("联系人", "contact_person", DemoPark::contactPerson),
        LayerColumn.text("联系电话", "contact_phone", DemoPark::contactPhone),
        LayerColumn.text("地址", "address", p -> p.spec().address()),
        LayerColumn.text("简介", "summary", p -> p.spec().summary()),
        LayerColumn.text("英文地址", "address_en", p -> DemoEnglish.address(p.code())),
        LayerColumn.text("英文联系人", "contact_en", p -> DemoEnglish.person(p.contactPerson())),
        LayerColumn.text("英文简介", "summary_en", p -> DemoEnglish.summary(p.code())));
  }

  static List<LayerColumn<DemoParcel>> parcels() {
    return List.of(
        LayerColumn.text("地块编号", "code", DemoParcel::code),
        LayerColumn.text("园区编号", "park_code", DemoParcel::parkCode),
        LayerColumn.text("用地性质", "land_use", p -> p.landUse().code()),
        LayerColumn.label("供地状态", "status", p -> p.status().zh(), p -> p.status().code()),
        LayerColumn.number("容积率下", "far_min", 5, 2, DemoParcel::farMin),
        LayerColumn.number("容积率上", "far_max", 5, 2, DemoParcel::farMax),
        LayerColumn.number("建筑密度", "building_density_pct", 5, 1,
            DemoParcel::buildingDensityPct),
        LayerColumn.number("绿地率", "green_ratio_pct", 5, 1, DemoParcel::greenRatioPct),
        LayerColumn.number("限高", "height_limit_m", 5, 1, DemoParcel::heightLimitM),
        LayerColumn.number("参考价格", "price_wan_per_mu", 8, 2, DemoParcel::priceWanPerMu),
        LayerColumn.number("投资强度", "invest_intensity_wan_per_mu", 8, 2,
            DemoParcel::investIntensityWanPerMu),
        LayerColumn.number("亩均税收", "tax_wan_per_mu", 8, 2, DemoParcel::taxWanPerMu),
        LayerColumn.text("产业导向", "industry", DemoParcel::industry),
        LayerColumn.date("可供日期", "available_date", DemoParcel::availableDate),
        LayerColumn.flag("通路", "has_road", p -> p.servicing().road()),
        LayerColumn.flag("通给水", "has_water", p -> p.servicing().water()),
        LayerColumn.flag("通电", "has_power", p -> p.servicing().power()),
        LayerColumn.flag("通排水", "has_drainage", p -> p.servicing().drainage()),
        LayerColumn.flag("通燃气", "has_gas", p -> p.servicing().gas()),
        LayerColumn.flag("通信", "has_telecom", p -> p.servicing().telecom()),
        LayerColumn.flag("通热力", "has_heating", p -> p.servicing().heating()),
        LayerColumn.flag("场地平整", "site_levelled", p -> p.servicing().levelled()),
        LayerColumn.text("内部备注", "internal_note", DemoParcel::internalNote),
        LayerColumn.text("英文产业", "industry_en", p -> DemoEnglish.industry(p.industry())));
  }

  static List<LayerColumn<DemoProject>> projects() {
    return List.of(
        LayerColumn.text("项目编号", "code", DemoProject::code),
        LayerColumn.text("项目名称", "name", DemoProject::name),
        LayerColumn.text("投资方", "investor", DemoProject::investor),
        LayerColumn.text("所属产业", "industry", DemoProject::industry),
        LayerColumn.label("项目级别", "level", p -> p.level().zh(), p -> p.level().code()),
        LayerColumn.label("项目阶段", "stage", p -> p.stage().zh(), p -> p.stage().code()),
        LayerColumn.number("总投资", "total_investment_wan", 12, 2,
            DemoProject::totalInvestmentWan),
        LayerColumn.number("年度计划", "planned_investment_year_wan", 12, 2,
            DemoProject::plannedInvestmentYearWan),
        LayerColumn.text("园区编号", "park_code", DemoProject::parkCode),
        LayerColumn.text("所属镇街", "township", DemoProject::township),
        LayerColumn.text("包保领导", "leader", DemoProject::leader),
        LayerColumn.text("责任单位", "responsible_unit", DemoProject::responsibleUnit),
        LayerColumn.date("计划开工", "planned_start_date", DemoProject::plannedStart),
        LayerColumn.date("计划竣工", "planned_completion_date", DemoProject::plannedCompletion),
        LayerColumn.date("计划投产", "planned_production_date", DemoProject::plannedProduction),
        LayerColumn.text("占用地块", "parcel_codes", p -> joined(p.parcelCodes())),
        LayerColumn.text("关联片区", "zone_codes", p -> joined(p.zoneCodes())));
  }

  static List<LayerColumn<DemoZone>> zones() {
    return List.of(
        LayerColumn.text("片区编号", "code", DemoZone::code),
        LayerColumn.text("片区名称", "name", DemoZone::name),
        LayerColumn.text("责任镇街", "township", DemoZone::township),
        LayerColumn.number("目标户数", "target_households", 6, 0, DemoZone::targetHouseholds),
        LayerColumn.number("征收面积", "target_floor_area_m2", 12, 1,
            DemoZone::targetFloorAreaM2),
        LayerColumn.date("完成时限", "deadline", DemoZone::deadline),
        LayerColumn.number("逾期罚金", "penalty_wan_per_month", 8, 2,
            DemoZone::penaltyWanPerMonth),
        LayerColumn.text("包保领导", "leader", DemoZone::leader),
        LayerColumn.text("责任单位", "responsible_unit", DemoZone::responsibleUnit));
  }

  static List<LayerColumn<DemoContextPoint>> context() {
    return List.of(
        LayerColumn.text("要素编号", "code", DemoContextPoint::code),
        LayerColumn.text("要素名称", "name", DemoContextPoint::name),
        LayerColumn.text("英文名称", "name_en", DemoContextPoint::nameEn),
        LayerColumn.label("要素类型", "kind", p -> p.kind().zh(), p -> p.kind().code()));
  }

  /** Codes joined by commas, or null when there are none. */
  static String joined(List<String> codes) {
    return codes.isEmpty() ? null : String.join(",", codes);
  }
}
