package parcelatlas.context;

import parcelatlas.domain.ContextKind;

/** The nearest context point of one kind to a parcel and its distance in metres on the ellipsoid. */
public record Nearest(ContextKind kind, String code, String name, String nameEn, double distanceM) {}
