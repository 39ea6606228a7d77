package parcelatlas.investor;

/**
 * A park as investors see it: who runs it, what it wants, and how much land is ready; the
 * {@code *En} texts are the English forms, null when the data has none.
 */
public record ParkSummary(
    String code, String name, String nameEn, String level, String leadingIndustries, Double plannedAreaKm2,
    String contactPerson, String contactPhone, String address, String summary, long availableParcels,
    double availableAreaMu, double[] bbox, String addressEn, String contactEn, String summaryEn) {}
