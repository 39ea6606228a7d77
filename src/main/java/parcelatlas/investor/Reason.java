package parcelatlas.investor;

/** Why a parcel fits a need, or what it misses, in both languages. */
public record Reason(String criterion, String zh, String en) {}
