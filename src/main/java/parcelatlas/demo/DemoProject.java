package parcelatlas.demo;

import java.time.LocalDate;
import java.util.List;
import org.locationtech.jts.geom.Point;
import parcelatlas.domain.ProjectLevel;
import parcelatlas.domain.ProjectStage;

/**
 * A generated key project (重点项目). Investments are in 万元. {@code parcelCodes} are the parcels
 * it occupies (empty for planned and some signed projects, whose point is a proposed site in the
 * park); {@code zoneCodes} are the demolition zones it waits on.
 *
 * @param location EPSG:4527 point inside its first parcel, or inside the park
 */
record DemoProject(
    String code,
    String name,
    String investor,
    String industry,
    ProjectLevel level,
    ProjectStage stage,
    double totalInvestmentWan,
    double plannedInvestmentYearWan,
    String parkCode,
    String township,
    String leader,
    String responsibleUnit,
    LocalDate plannedStart,
    LocalDate plannedCompletion,
    LocalDate plannedProduction,
    List<String> parcelCodes,
    List<String> zoneCodes,
    Point location) {

  DemoProject withZones(List<String> zones) {
    return new DemoProject(code, name, investor, industry, level, stage, totalInvestmentWan,
        plannedInvestmentYearWan, parkCode, township, leader, responsibleUnit, plannedStart,
        plannedCompletion, plannedProduction, parcelCodes, List.copyOf(zones), location);
  }
}
