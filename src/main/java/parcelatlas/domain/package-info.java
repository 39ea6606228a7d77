/**
 * The domain's vocabulary: parcel statuses, project stages, park and project levels and land
 * uses, each with a stable code and Chinese and English labels; Chinese area units (亩, ha).
 */
package parcelatlas.domain;
