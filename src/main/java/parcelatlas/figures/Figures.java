package parcelatlas.figures;

import java.time.LocalDate;

/**
 * One scope's figures on one day. Rates are percentages (0–100, one decimal) or null when there
 * is nothing to divide by.
 *
 * @param elapsedPct 时间进度: the share of the year gone by on {@code asOf}
 * @param investmentGapPts 投资完成率 minus 时间进度, in percentage points (negative: behind)
 * @param intensityWanPerMu 亩均投资强度: total investment ÷ area of the parcels the projects occupy
 * @param taxPaidWan tax paid in the year to the day's month by the scope's projects
 * @param taxLandMu 亩 of the parcels of the scope's projects in production on the day or paying tax
 * @param taxWanPerMu 亩均税收 (year to date): {@code taxPaidWan ÷ taxLandMu}
 * @param penaltyWan penalties accrued by overdue zones whose contract sets one
 * @param suppressed the figures withheld from this viewer (null in their fields), each with the
 *     reason: see {@link Disclosure}; empty when nothing is withheld
 */
public record Figures(
    String scope, LocalDate asOf, double elapsedPct,
    int projectsDueToStart, int projectsStarted, Double startRatePct,
    double plannedInvestmentWan, Double completedInvestmentWan, Double investmentRatePct, Double investmentGapPts,
    int projectsDueInProduction, int projectsInProduction, Double productionRatePct,
    Double intensityWanPerMu, Double taxPaidWan, Double taxLandMu, Double taxWanPerMu,
    int zones, int targetHouseholds, int signedHouseholds, int demolishedHouseholds, double targetAreaM2,
    double clearedAreaM2, Double signedPct, Double demolishedPct, Double clearedPct, int overdueZones,
    double penaltyWan, java.util.Map<String, String> suppressed) {}
