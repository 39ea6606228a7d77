package parcelatlas.demo;

/**
 * How a demolition zone's weekly figures develop over the reporting period; decided when the zone
 * is generated and consistent with its deadline.
 */
enum ZonePlan {
  /** Fully signed, demolished and cleared during the period; deadline 2026-06 to 2026-12. */
  COMPLETE,
  /** Deadline 2026-03 to 2026-10 already passed, a stubborn remainder still unsigned. */
  OVERDUE,
  /** Steady progress towards a deadline in 2026-12 to 2027-06. */
  ON_TRACK,
  /** Little progress; deadline in 2026-12 to 2027-06 at risk. */
  LAGGING
}
