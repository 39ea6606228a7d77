package parcelatlas.investor;

/** A park as investors see it: who runs it, what it wants, and how much land is ready. */
public record ParkSummary(
    String code, String name, String nameEn, String level, String leadingIndustries, Double plannedAreaKm2,
    String contactPerson, String contactPhone, String address, String summary, long availableParcels,
    double availableAreaMu, double[] bbox) {}
