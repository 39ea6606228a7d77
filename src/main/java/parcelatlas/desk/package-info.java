/**
 * The officials' desk: weekly demolition reports (周调度) filed by the responsible township,
 * validated against targets and the previous week, never overwritten (a correction is a new
 * report), serialised per zone so that no update is lost, and written to the audit log.
 */
package parcelatlas.desk;
